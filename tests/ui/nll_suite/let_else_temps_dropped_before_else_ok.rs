// let-else: the initializer's temporaries are dropped before the else block runs
struct Noisy(i32);
impl Drop for Noisy {
    fn drop(&mut self) { println!("drop {}", self.0); }
}
impl Noisy {
    fn positive(&self) -> Option<i32> { if self.0 > 0 { Some(self.0) } else { None } }
}
fn check(n: i32) {
    let Some(x) = Noisy(n).positive() else {
        println!("else for {}", n);
        return;
    };
    println!("got {}", x);
}
fn main() {
    check(2);
    check(-1);
}
