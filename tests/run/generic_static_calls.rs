// traits: generic fns calling T::new() / T::name() / T::default() through their bounds
trait Shape { fn new(size: f64) -> Self; fn area(&self) -> f64; fn name() -> String; }
struct Sq(f64);
impl Shape for Sq { fn new(s: f64) -> Self { Sq(s) } fn area(&self) -> f64 { self.0 * self.0 } fn name() -> String { "square".into() } }
fn make<T: Shape>(s: f64) -> T { T::new(s) }
fn describe<T: Shape>(t: &T) -> String { format!("{} {}", T::name(), t.area()) }
fn zero<T: Default + std::fmt::Debug>() -> T { T::default() }
fn main() {
    let s: Sq = make(3.0);
    println!("{}", describe(&s));
    let z: i32 = zero();
    let v: Vec<u8> = zero();
    println!("{:?} {:?}", z, v);
}
