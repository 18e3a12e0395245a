struct D(&'static str);
impl Drop for D {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}
fn check(v: &[i32]) -> i32 {
    let _g = D("check");
    let idx = v.iter().position(|&x| x < 0).unwrap();
    v[idx]
}
fn main() {
    let _outer = D("outer");
    let data = vec![D("d0"), D("d1")];
    let t = (D("t0"), D("t1"));
    println!("{}", check(&[1, -2]));
    let _moved = t.0;
    println!("{}", check(&[1, 2]) + data.len() as i32);
}
