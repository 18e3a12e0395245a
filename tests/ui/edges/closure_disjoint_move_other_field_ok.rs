// a closure borrowing one field does not prevent moving another field out
struct P { a: Vec<i32>, b: String }
fn main() {
    let mut p = P { a: vec![], b: String::from("b") };
    let mut add = |x| p.a.push(x);
    let b = p.b;
    add(1);
    add(2);
    println!("{} {:?}", b, p.a);
}
