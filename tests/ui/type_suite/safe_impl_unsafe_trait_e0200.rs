unsafe trait Raw {}
struct S;
impl Raw for S {}
fn main() {}
