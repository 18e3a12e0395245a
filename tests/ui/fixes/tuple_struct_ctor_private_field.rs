mod m { pub struct S(i32); impl S { pub fn get(&self) -> i32 { self.0 } } }
fn main() { let s = m::S(3); println!("{}", s.get()); }
