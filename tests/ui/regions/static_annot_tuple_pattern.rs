// regions: a destructuring `let` annotated with `&'static str` requires its initializer to be 'static
fn main() {
    let s = String::from("hi");
    let (a, n): (&'static str, i32) = (&s, 1);
    println!("{} {}", a, n);
}
