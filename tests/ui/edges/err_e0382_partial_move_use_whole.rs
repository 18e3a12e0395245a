// using a struct as a whole after moving one of its fields
#[derive(Debug)]
struct P { a: String, b: String }
fn main() {
    let p = P { a: String::from("a"), b: String::from("b") };
    let a = p.a;
    println!("{:?} {}", p, a);
}
