// the closure borrows p.b, so pushing to p.b conflicts
struct P { a: String, b: Vec<i32> }
fn main() {
    let mut p = P { a: String::from("x"), b: vec![1] };
    let count = || p.b.len();
    p.b.push(2);
    println!("{} {}", count(), p.a);
}
