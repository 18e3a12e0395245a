// lifetimes: elements of a generic Vec<T> pushed as `Box<dyn Debug>` without `T: 'static`
use std::fmt::Debug;
fn collect<T: Debug>(xs: Vec<T>) -> Vec<Box<dyn Debug>> {
    let mut out: Vec<Box<dyn Debug>> = Vec::new();
    for x in xs { out.push(Box::new(x)); }
    out
}
fn main() { println!("{:?}", collect(vec![1])); }
