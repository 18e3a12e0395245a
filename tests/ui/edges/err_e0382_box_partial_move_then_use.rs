// after moving a field out of a Box, the whole box can no longer be used
struct Pair { a: String, b: String }
fn show(p: &Pair) { println!("{} {}", p.a, p.b); }
fn main() {
    let p = Box::new(Pair { a: String::from("x"), b: String::from("y") });
    let a = p.a;
    show(&p);
    println!("{}", a);
}
