trait Plain {}
struct S;
unsafe impl Plain for S {}
fn main() {}
