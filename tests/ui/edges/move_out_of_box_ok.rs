// moving out of a Box with `*b` is allowed, and so is moving a field out of a boxed struct
struct Pair { a: String, b: String }
fn main() {
    let b = Box::new(String::from("boxed"));
    let s = *b;
    let p = Box::new(Pair { a: String::from("x"), b: String::from("y") });
    let a = p.a;
    let bb = p.b;
    println!("{} {} {}", s, a, bb);
}
