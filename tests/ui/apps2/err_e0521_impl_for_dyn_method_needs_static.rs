// an impl of another trait for `dyn Shape` (so for `dyn Shape + 'static`) called on a `&'a dyn Shape`
trait Shape { fn area(&self) -> f64; }
trait Show { fn show(&self); }
impl Show for dyn Shape { fn show(&self) { println!("{}", self.area()); } }
fn use_it<'a>(s: &'a dyn Shape) { s.show(); }
fn main() {}
