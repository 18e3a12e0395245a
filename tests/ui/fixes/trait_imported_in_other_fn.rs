mod m {
    pub trait Go { fn go(&self) -> i32 { 1 } }
    impl Go for u8 {}
}
fn a() -> i32 { use m::Go; 3u8.go() }
fn b() -> i32 { 3u8.go() }
fn main() { println!("{} {}", a(), b()); }
