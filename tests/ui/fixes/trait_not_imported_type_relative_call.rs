mod m {
    pub trait Tr { fn tr(&self) -> i32 { 1 } }
    impl Tr for u8 {}
}
fn main() { println!("{}", u8::tr(&3)); }
