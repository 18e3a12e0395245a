fn first_word(s: &str) -> &str {
    let Some(w) = s.split_whitespace().next() else { return ""; };
    w
}
fn main() {
    println!("[{}] [{}]", first_word("hello world"), first_word("   "));
}
