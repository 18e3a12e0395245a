trait Area { fn area(&self) -> u32; fn name(&self) -> String; }
struct Sq(u32);
impl Area for Sq { fn area(&self) -> u32 { self.0 * self.0 } }
fn main() {}
