fn get<T>(t: T) -> T { *t }
fn main() {}
