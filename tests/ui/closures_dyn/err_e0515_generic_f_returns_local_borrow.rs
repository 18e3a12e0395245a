// Through `F: Fn(&String) -> &str` the result borrows the local passed in: it cannot be returned.
fn label<F: Fn(&String) -> &str>(f: F) -> &'static str {
    let s = String::from("local");
    f(&s)
}
fn main() {
    println!("{}", label(|s| s.as_str()));
}
