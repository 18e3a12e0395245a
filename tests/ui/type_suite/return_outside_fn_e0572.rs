const LIMIT: u32 = return 5;
fn main() {}
