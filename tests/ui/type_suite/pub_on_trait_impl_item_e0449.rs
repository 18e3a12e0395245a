trait Run { fn run(&self); }
struct R;
impl Run for R { pub fn run(&self) {} }
fn main() {}
