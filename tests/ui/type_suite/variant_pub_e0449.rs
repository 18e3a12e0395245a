enum Color { pub Red, Green }
fn main() {}
