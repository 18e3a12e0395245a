trait Shape { fn area(&self) -> f64; fn bigger<S: Shape>(&self, o: &S) -> bool { self.area() > o.area() } }
struct R(f64, f64);
impl Shape for R { fn area(&self) -> f64 { self.0 * self.1 } }
fn main() {
    let a = R(2.0, 3.0);
    let b = R(1.0, 1.0);
    println!("{} {}", a.bigger(&b), b.bigger(&a));
}
