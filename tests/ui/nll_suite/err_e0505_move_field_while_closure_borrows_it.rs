// moving the captured field while the closure is alive
struct S { a: String, b: String }
fn main() {
    let s = S { a: String::from("a"), b: String::from("b") };
    let f = || s.a.len();
    let moved = s.a;
    println!("{} {} {}", f(), moved, s.b);
}
