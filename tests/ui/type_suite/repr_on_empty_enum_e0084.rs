#[repr(u8)]
enum Never {}
fn main() {}
