struct View { text: &str }
fn main() {}
