mod m {
    pub trait Sup { fn sup(&self) -> i32 { 1 } }
    pub trait Sub: Sup { fn sub(&self) -> i32 { 2 } }
    impl Sup for i32 {}
    impl Sub for i32 {}
}
use m::Sub;
fn main() {
    println!("{}", 5i32.sub() + 5i32.sup());
}
