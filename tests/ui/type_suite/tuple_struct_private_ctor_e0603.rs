mod inner { pub struct Id(u32); }
fn main() { let i = inner::Id(3); }
