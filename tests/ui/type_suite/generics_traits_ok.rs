use std::collections::HashMap;
trait Describe { fn describe(&self) -> String { String::from("thing") } }
struct A; struct B;
impl Describe for A {}
impl Describe for B { fn describe(&self) -> String { String::from("bee") } }
fn max_of<T: PartialOrd + Copy>(xs: &[T]) -> T {
    let mut m = xs[0];
    for &x in xs { if x > m { m = x; } }
    m
}
fn count<T: std::hash::Hash + Eq + Clone>(xs: &[T]) -> HashMap<T, usize> {
    let mut h = HashMap::new();
    for x in xs { *h.entry(x.clone()).or_insert(0) += 1; }
    h
}
fn main() {
    println!("{} {}", A.describe(), B.describe());
    println!("{} {}", max_of(&[3, 9, 2]), max_of(&[1.5, 0.5]));
    let c = count(&["a", "b", "a"]);
    println!("{}", c["a"]);
}
