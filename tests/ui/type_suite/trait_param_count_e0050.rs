trait Scale { fn scale(&self, by: u32) -> u32; }
struct S(u32);
impl Scale for S { fn scale(&self) -> u32 { self.0 } }
fn main() {}
