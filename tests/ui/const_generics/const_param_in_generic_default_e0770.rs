fn f<T, const N: T>() {}

fn main() {}
