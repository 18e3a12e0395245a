trait Make { fn make<T>(&self) -> u32; }
struct M;
impl Make for M { fn make(&self) -> u32 { 1 } }
fn main() {}
