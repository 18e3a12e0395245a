mod m { pub struct S; impl S { const K: i32 = 1; pub const P: i32 = 2; } }
fn main() { println!("{}", m::S::K + m::S::P); }
