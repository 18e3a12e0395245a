mod a {
    pub mod b {
        pub trait Tr { fn tr(&self) -> i32 { 1 } }
        impl Tr for u8 {}
    }
    pub fn f() -> i32 { 3u8.tr() }
}
fn main() { println!("{}", a::f()); }
