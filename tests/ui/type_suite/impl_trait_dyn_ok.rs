use std::fmt::Display;
trait Shape { fn area(&self) -> f64; }
struct Sq(f64);
struct Ci(f64);
impl Shape for Sq { fn area(&self) -> f64 { self.0 * self.0 } }
impl Shape for Ci { fn area(&self) -> f64 { 3.0 * self.0 * self.0 } }
fn evens(n: u32) -> impl Iterator<Item = u32> { (0..n).filter(|x| x % 2 == 0) }
fn show(x: impl Display) -> String { format!("<{}>", x) }
fn main() {
    let shapes: Vec<Box<dyn Shape>> = vec![Box::new(Sq(2.0)), Box::new(Ci(1.0))];
    let total: f64 = shapes.iter().map(|s| s.area()).sum();
    println!("{}", total);
    println!("{:?}", evens(7).collect::<Vec<_>>());
    println!("{}", show(5));
}
