trait Area {
    fn area(&self) -> f64;
    fn perimeter(&self) -> f64 {
        todo!()
    }
}
struct Sq(f64);
impl Area for Sq {
    fn area(&self) -> f64 {
        self.0 * self.0
    }
}
fn main() {
    let s = Sq(2.0);
    println!("{}", s.area());
    println!("{}", s.perimeter());
}
