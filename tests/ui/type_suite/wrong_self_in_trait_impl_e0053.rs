trait Grow { fn grow(&mut self); }
struct G(u32);
impl Grow for G { fn grow(&self) {} }
fn main() {}
