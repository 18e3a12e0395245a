fn swap<T, T>(a: T, b: T) {}
fn main() {}
