trait Shape {}
struct Sq;
impl Shape for Sq { type Side = u32; }
fn main() {}
