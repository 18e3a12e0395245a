// edition 2021 closures capture only the field they use
struct P { a: String, b: Vec<i32> }
fn main() {
    let mut p = P { a: String::from("x"), b: vec![1] };
    let read_a = || p.a.len();
    p.b.push(2);
    println!("{} {:?}", read_a(), p.b);
}
