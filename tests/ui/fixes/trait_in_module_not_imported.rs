mod m {
    pub trait Go { fn go(&self) -> i32; }
    impl Go for i32 { fn go(&self) -> i32 { *self + 1 } }
}
fn main() {
    println!("{}", 5i32.go());
}
