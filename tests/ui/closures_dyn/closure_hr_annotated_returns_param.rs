// `|s: &str| s` without an expected signature cannot return its argument: the result type is not tied to it.
fn main() {
    let f = |s: &str| s;
    println!("{}", f("abc"));
}
