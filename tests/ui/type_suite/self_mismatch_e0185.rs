trait Reset { fn reset(); }
struct S;
impl Reset for S { fn reset(&self) {} }
fn main() {}
