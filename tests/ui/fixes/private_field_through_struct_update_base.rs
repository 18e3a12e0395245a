mod m { #[derive(Default)] pub struct S { pub a: i32, b: i32 } }
fn main() { let s = m::S { a: 1, ..Default::default() }; println!("{}", s.a); }
