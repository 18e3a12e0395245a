trait Shape {}
struct Sq;
impl Shape for Sq { const SIDES: u32 = 4; }
fn main() {}
