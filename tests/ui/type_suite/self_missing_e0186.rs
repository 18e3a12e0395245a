trait Reset { fn reset(&self); }
struct S;
impl Reset for S { fn reset() {} }
fn main() {}
