fn bump(n: &u32) { *n += 1; }
fn main() { let x = 1; bump(&x); }
