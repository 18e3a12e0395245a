fn first(v: Vec<T = u8>) {}
fn main() {}
