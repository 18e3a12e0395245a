// a method of `impl Show for dyn Shape` called on what `first` returns keeps `shapes` borrowed for 'static
trait Shape { fn area(&self) -> f64; }
struct C;
impl Shape for C { fn area(&self) -> f64 { 1.0 } }
trait Show { fn show(&self); }
impl Show for dyn Shape { fn show(&self) { println!("{}", self.area()); } }
fn first<'a>(v: &'a [Box<dyn Shape>]) -> &'a dyn Shape { v[0].as_ref() }
fn main() {
    let shapes: Vec<Box<dyn Shape>> = vec![Box::new(C)];
    let big = first(&shapes);
    big.show();
}
