// a method of `impl Show for dyn Shape` called through `&dyn Shape` (the object lifetime is inferred 'static)
trait Shape { fn area(&self) -> f64; }
struct C;
impl Shape for C { fn area(&self) -> f64 { 1.0 } }
trait Show { fn show(&self); }
impl Show for dyn Shape { fn show(&self) { println!("{}", self.area()); } }
fn main() {
    let c = C;
    let big: &dyn Shape = &c;
    big.show();
}
