trait Limit { const MAX: u32; }
struct S;
impl Limit for S { const MAX: u32 = -1i32; }
fn main() {}
