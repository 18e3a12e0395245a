#[derive(Clone, Copy)]
struct Handle(u32);
impl Drop for Handle { fn drop(&mut self) {} }
fn main() {}
