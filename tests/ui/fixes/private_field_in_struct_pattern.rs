mod m { pub struct S { pub a: i32, b: i32 } pub fn mk() -> S { S { a: 1, b: 2 } } }
fn main() { let m::S { a, b } = m::mk(); println!("{} {}", a, b); }
