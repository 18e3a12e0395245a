mod inner {
    pub struct S;
    impl S { fn hidden() -> u8 { 1 } }
}
fn main() { println!("{}", inner::S::hidden()); }
