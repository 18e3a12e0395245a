// returning a parameter reference from a function whose result is tied to another parameter
fn first<'a>(a: &'a str, b: &str) -> &'a str {
    if a.len() > b.len() { a } else { b }
}
fn main() {
    println!("{}", first("xx", "y"));
}
