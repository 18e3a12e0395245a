fn pick(a: &str, b: &str) -> &str { a }
fn main() {}
