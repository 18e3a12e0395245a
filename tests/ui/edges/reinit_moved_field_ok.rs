// a moved-out field of a local can be reassigned, making the whole struct usable again
struct P { a: String, b: String }
fn main() {
    let mut p = P { a: String::from("a"), b: String::from("b") };
    let taken = p.a;
    p.a = String::from("z");
    let whole = p;
    println!("{} {} {}", taken, whole.a, whole.b);
}
