struct Pair<A = B, B = u8>(A, B);
fn main() {}
