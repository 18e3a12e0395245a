// lifetimes: a function taking two references returns one without an annotation
fn shorter(a: &str, b: &str) -> &str {
    if a.len() < b.len() { a } else { b }
}

fn main() {
    println!("{}", shorter("abc", "de"));
}
