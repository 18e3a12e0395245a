mod m {
    pub trait Tr { fn tr(&self) -> i32 { 1 } }
    impl Tr for u8 {}
}
fn main() {
    { use m::Tr; println!("{}", 3u8.tr()); }
    println!("{}", 3u8.tr());
}
