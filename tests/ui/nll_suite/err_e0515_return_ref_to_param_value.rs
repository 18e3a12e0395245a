// returning a reference to a by-value parameter
fn first_char(s: String) -> &'static str {
    &s[..1]
}
fn main() {
    println!("{}", first_char(String::from("ab")));
}
