// generics: trait static fns (`S::new`, `S::name`) called through a type parameter, Default derive
trait Shape { fn new(size: f64) -> Self; fn area(&self) -> f64; fn name() -> &'static str; }
struct Sq(f64);
struct Ci(f64);
impl Shape for Sq { fn new(s: f64) -> Self { Sq(s) } fn area(&self) -> f64 { self.0 * self.0 } fn name() -> &'static str { "square" } }
impl Shape for Ci { fn new(s: f64) -> Self { Ci(s) } fn area(&self) -> f64 { 3.0 * self.0 * self.0 } fn name() -> &'static str { "circle" } }
fn build_all<S: Shape>(sizes: &[f64]) -> Vec<S> { sizes.iter().map(|&s| S::new(s)).collect() }
fn report<S: Shape>(shapes: &[S]) { let t: f64 = shapes.iter().map(|s| s.area()).sum(); println!("{} x{}: {:.1}", S::name(), shapes.len(), t); }
#[derive(Default, Debug)]
struct Stats<T> { count: usize, last: Option<T> }
impl<T: Clone + Default + std::fmt::Debug> Stats<T> { fn see(&mut self, t: &T) { self.count += 1; self.last = Some(t.clone()); } }
fn main() {
    let sq: Vec<Sq> = build_all(&[1.0, 2.0]);
    report(&sq);
    report(&build_all::<Ci>(&[1.0]));
    let mut st: Stats<String> = Stats::default();
    st.see(&"a".to_string());
    println!("{:?} {:?}", st, Stats::<i32>::default());
    let z: i32 = Default::default();
    let (a, b): (String, Vec<u8>) = Default::default();
    println!("{z} {a:?} {b:?}");
}
