trait Make { const fn make() -> u32; }
fn main() {}
