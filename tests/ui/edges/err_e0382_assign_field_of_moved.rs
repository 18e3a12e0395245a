// assigning to a field of a moved-from struct
struct P { a: String, b: String }
fn main() {
    let mut p = P { a: String::from("a"), b: String::from("b") };
    let q = p;
    p.a = String::from("z");
    println!("{} {}", q.a, q.b);
}
