mod m {
    pub trait Tr { fn tr(&self) -> i32 { 1 } }
    impl Tr for u8 {}
}
use m::Tr as _;
fn main() { println!("{}", 3u8.tr()); }
