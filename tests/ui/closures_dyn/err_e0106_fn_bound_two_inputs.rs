// Elision cannot pick between two input lifetimes of an `Fn` bound.
fn longer<F: Fn(&str, &str) -> &str>(f: F) -> usize {
    f("ab", "c").len()
}
fn main() {
    println!("{}", longer(|a, b| if a.len() > b.len() { a } else { b }));
}
