struct Noisy(&'static str);
impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}
fn shift(x: i64, s: u32) -> i64 {
    x << s
}
fn main() {
    let _a = Noisy("a");
    println!("{}", shift(1, 62));
    println!("{}", shift(-1, 63));
    let n = std::env::args().count() as u32;
    let _b = Noisy("b");
    println!("{}", shift(1, 63 + n));
}
