struct S;
impl S { const A: u32 = -1i32; }
trait L { const B: u32 = "x"; }
const C: u32 = 1i64;
fn main() {}
