struct Tagged<T> { id: u32 }
fn main() {}
