trait Tr { fn tr(&self) -> i32 { 1 } }
impl Tr for u8 {}
mod inner {
    use super::*;
    pub fn f() -> i32 { 3u8.tr() }
}
fn main() { println!("{}", inner::f()); }
