// a function result borrowing from a temporary argument, kept past the statement
fn first_word(s: &str) -> &str {
    s.split(' ').next().unwrap_or("")
}
fn main() {
    let w = first_word(&format!("{} {}", "hello", "world"));
    println!("{}", w);
}
