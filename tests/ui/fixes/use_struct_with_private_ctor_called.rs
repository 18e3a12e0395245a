mod m { pub struct S(i32); impl S { pub fn get(&self) -> i32 { self.0 } } }
use m::S;
fn main() { let s = S(2); println!("{}", s.get()); }
