#[derive(Clone)]
struct Bar;
impl Copy for &'static mut Bar {}
fn main() {}
