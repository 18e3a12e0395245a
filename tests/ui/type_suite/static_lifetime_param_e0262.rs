fn keep<'static>(s: &'static str) -> &'static str { s }
fn main() {}
