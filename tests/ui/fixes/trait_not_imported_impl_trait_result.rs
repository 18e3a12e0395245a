mod m {
    pub trait Go { fn go(&self) -> i32 { 1 } }
    impl Go for u8 {}
    pub fn mk() -> impl Go { 3u8 }
}
fn main() { let b = m::mk(); println!("{}", b.go()); }
