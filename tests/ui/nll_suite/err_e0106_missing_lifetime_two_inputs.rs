// elision cannot choose between two reference inputs
fn longer(a: &str, b: &str) -> &str {
    if a.len() > b.len() { a } else { b }
}
fn main() {
    println!("{}", longer("a", "bb"));
}
