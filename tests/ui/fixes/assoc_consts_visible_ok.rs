mod m { pub struct S; impl S { const K: i32 = 1; pub const P: i32 = 2; pub fn k() -> i32 { Self::K + S::K } } }
struct Q; impl Q { const Z: i32 = 3; }
fn main() { println!("{} {} {}", m::S::P, m::S::k(), Q::Z); }
