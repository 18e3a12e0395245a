struct D(u8);
impl Drop for D {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}
fn main() {
    let _d = D(1);
    let v = vec![10, 20, 30];
    let i = v.len() + std::env::args().count();
    println!("{}", v[2]);
    println!("{}", v[i]);
}
