// A numeric trait whose supertraits are `Copy` and `Mul<Output = Self>`: a `T: Num` is
// Copy (read out of a reference) and `a * b` is a `T`
use std::ops::{Add, Mul};

trait Num: Copy + Add<Output = Self> + Mul<Output = Self> {
    const ZERO: Self;
}

impl Num for i32 {
    const ZERO: i32 = 0;
}

struct Poly<T> {
    coeffs: Vec<T>,
}

impl<T: Num> Poly<T> {
    fn eval(&self, x: T) -> T {
        let mut acc = T::ZERO;
        for i in (0..self.coeffs.len()).rev() {
            acc = acc * x + self.coeffs[i];
        }
        acc
    }
    fn lead(&self) -> T {
        self.coeffs[self.coeffs.len() - 1]
    }
}

fn square<T: Num>(v: &[T]) -> Vec<T> {
    v.iter().map(|&x| x * x).collect()
}

fn main() {
    let p = Poly { coeffs: vec![1, 2, 3] };
    println!("{} {} {:?}", p.eval(2), p.lead(), square(&[3, 4]));
}
