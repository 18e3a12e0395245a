trait Speak { fn hi(&self) -> u32; }
struct A;
impl Speak for A { fn hi(&self) -> u32 { 1 } }
fn make() -> dyn Speak { A }
fn main() {}
