struct D(&'static str);
impl Drop for D {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}
struct Wrapper {
    a: D,
    b: D,
}
fn inner(n: u32) -> u32 {
    let _g = D("inner-guard");
    let v = vec![D("v0"), D("v1")];
    if n > 2 {
        let _late = D("late");
        let r: Result<u32, String> = Err(format!("n={}", n));
        return r.unwrap() + v.len() as u32;
    }
    n
}
fn middle(n: u32) -> u32 {
    let _w = Wrapper { a: D("wa"), b: D("wb") };
    let moved = D("moved");
    let keep = moved;
    let total = inner(n) + inner(n + 1);
    println!("never {}", keep.0);
    total
}
fn main() {
    let _m = D("main");
    let b: Box<D> = Box::new(D("boxed"));
    println!("start {}", b.0);
    println!("{}", middle(1));
    println!("{}", middle(2));
}
