extern "C" { fn take((a, b): (i32, i32)); }
fn main() {}
