mod m {
    pub trait Tr { fn tr(&self) -> i32 { 1 } }
    impl Tr for u8 {}
}
fn g<T: m::Tr>(t: T) -> i32 { t.tr() }
fn d(t: &dyn m::Tr) -> i32 { t.tr() }
fn main() { println!("{} {}", g(3u8), d(&4u8)); }
