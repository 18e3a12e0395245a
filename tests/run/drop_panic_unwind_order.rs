struct Loud(u32);
impl Drop for Loud { fn drop(&mut self) { println!("drop {}", self.0); } }
fn inner(n: u32) -> u32 {
    let _a = Loud(n * 10);
    let v = vec![Loud(n * 10 + 1), Loud(n * 10 + 2)];
    if n == 3 {
        let _t = Loud(99);
        panic!("boom at {} with {} items", n, v.len());
    }
    inner(n + 1) + v.len() as u32
}
fn main() {
    let _outer = Loud(1);
    let r = inner(1);
    println!("unreachable {}", r);
}
