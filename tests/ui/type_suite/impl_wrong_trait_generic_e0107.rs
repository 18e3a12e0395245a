trait Conv<T> { fn conv(&self) -> T; }
struct S;
impl Conv for S { fn conv(&self) -> u8 { 0 } }
fn main() {}
