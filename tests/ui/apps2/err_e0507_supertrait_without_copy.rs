// mutation of supertrait_copy_and_output_binding_ok.rs: without `Copy` among the
// supertraits, reading a `T` out of the Vec moves it (E0507)
use std::ops::{Add, Mul};

trait Num: Clone + Add<Output = Self> + Mul<Output = Self> {}

impl Num for i32 {}

struct Poly<T> {
    coeffs: Vec<T>,
}

impl<T: Num> Poly<T> {
    fn lead(&self) -> T {
        self.coeffs[self.coeffs.len() - 1]
    }
}

fn main() {
    let p = Poly { coeffs: vec![1, 2, 3] };
    println!("{}", p.lead());
}
