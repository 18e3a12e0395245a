mod m {
    #[derive(Default)]
    pub struct S(i32);
    impl S { pub fn get(&self) -> i32 { self.0 + 1 } }
}
use m::S;
fn main() { let s: S = S::default(); println!("{}", s.get()); }
