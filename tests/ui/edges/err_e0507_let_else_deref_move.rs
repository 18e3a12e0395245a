// a `let else` pattern on `*o` binding a non-Copy payload by value
fn name(o: &Option<String>) -> String {
    let Some(s) = *o else { return String::new() };
    s
}
fn main() {
    println!("{}", name(&Some(String::from("a"))));
}
