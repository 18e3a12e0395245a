// A returned `impl Fn(&str) -> &str`: its result borrows from the argument of each call.
fn first_word() -> impl Fn(&str) -> &str {
    |s| s.split_whitespace().next().unwrap_or("")
}
fn main() {
    let f = first_word();
    let a = String::from("alpha beta");
    let b = String::from("gamma");
    println!("{} {}", f(&a), f(&b));
}
