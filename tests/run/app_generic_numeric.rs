// Generic numeric code: a Vector<T> over any T: Copy + Add + Mul + Default, trait bounds
// in where clauses, a custom Num trait with associated consts, Sum for a user type, and
// a DoubleEndedIterator + ExactSizeIterator implementation.
use std::fmt::Debug;
use std::iter::Sum;
use std::ops::{Add, Mul, Sub};

trait Num: Copy + Add<Output = Self> + Sub<Output = Self> + Mul<Output = Self> + PartialOrd + Debug {
    const ZERO: Self;
    const ONE: Self;
    fn to_f64(self) -> f64;
}

impl Num for i64 {
    const ZERO: i64 = 0;
    const ONE: i64 = 1;
    fn to_f64(self) -> f64 {
        self as f64
    }
}

impl Num for f32 {
    const ZERO: f32 = 0.0;
    const ONE: f32 = 1.0;
    fn to_f64(self) -> f64 {
        self as f64
    }
}

#[derive(Debug, Clone, PartialEq)]
struct Vector<T> {
    xs: Vec<T>,
}

impl<T: Num> Vector<T> {
    fn dot(&self, o: &Vector<T>) -> T {
        self.xs.iter().zip(&o.xs).fold(T::ZERO, |acc, (&a, &b)| acc + a * b)
    }
    fn norm(&self) -> f64 {
        self.dot(self).to_f64().sqrt()
    }
    fn max(&self) -> Option<T> {
        let mut it = self.xs.iter().copied();
        let first = it.next()?;
        Some(it.fold(first, |m, x| if x > m { x } else { m }))
    }
    fn scaled(&self, k: T) -> Vector<T> {
        Vector { xs: self.xs.iter().map(|&x| x * k).collect() }
    }
}

impl<T: Num> Add for Vector<T> {
    type Output = Vector<T>;
    fn add(self, o: Vector<T>) -> Vector<T> {
        Vector { xs: self.xs.into_iter().zip(o.xs).map(|(a, b)| a + b).collect() }
    }
}

#[derive(Debug, Clone, Copy, PartialEq)]
struct Money {
    cents: i64,
}

impl Sum for Money {
    fn sum<I: Iterator<Item = Money>>(iter: I) -> Money {
        Money { cents: iter.map(|m| m.cents).sum() }
    }
}

impl<'a> Sum<&'a Money> for Money {
    fn sum<I: Iterator<Item = &'a Money>>(iter: I) -> Money {
        iter.copied().sum()
    }
}

fn poly_eval<T>(coeffs: &[T], x: T) -> T
where
    T: Num,
{
    coeffs.iter().rev().fold(T::ZERO, |acc, &c| acc * x + c)
}

struct Countdown {
    lo: u32,
    hi: u32,
}

impl Iterator for Countdown {
    type Item = u32;
    fn next(&mut self) -> Option<u32> {
        if self.lo >= self.hi {
            return None;
        }
        self.hi -= 1;
        Some(self.hi)
    }
    fn size_hint(&self) -> (usize, Option<usize>) {
        let n = (self.hi - self.lo) as usize;
        (n, Some(n))
    }
}

impl DoubleEndedIterator for Countdown {
    fn next_back(&mut self) -> Option<u32> {
        if self.lo >= self.hi {
            return None;
        }
        self.lo += 1;
        Some(self.lo - 1)
    }
}

impl ExactSizeIterator for Countdown {}

fn main() {
    let a = Vector { xs: vec![1i64, 2, 3] };
    let b = Vector { xs: vec![4i64, -5, 6] };
    println!("dot {} norm {:.4} max {:?}", a.dot(&b), a.norm(), b.max());
    println!("{:?}", (a.clone() + b.scaled(2)).xs);
    let f = Vector { xs: vec![0.5f32, 1.5, -2.0] };
    println!("f dot {} norm {:.3} max {:?}", f.dot(&f), f.norm(), f.max());
    println!("empty max {:?}", Vector::<i64> { xs: vec![] }.max());
    println!("p(3) = {}  p(0.5) = {}", poly_eval(&[1i64, -2, 0, 4], 3), poly_eval(&[1.0f32, 2.0], 0.5));
    println!("{} {}", <i64 as Num>::ONE, f32::ONE + f32::ONE);

    let wallet = vec![Money { cents: 250 }, Money { cents: 1999 }, Money { cents: 1 }];
    let total: Money = wallet.iter().sum();
    let big: Money = wallet.into_iter().filter(|m| m.cents > 100).sum();
    println!("{:?} {:?}", total, big);

    let c = Countdown { lo: 2, hi: 7 };
    println!("len {}", c.len());
    println!("{:?}", c.collect::<Vec<_>>());
    println!("{:?}", Countdown { lo: 2, hi: 7 }.rev().collect::<Vec<_>>());
    let mut d = Countdown { lo: 0, hi: 6 };
    println!("{:?} {:?} {:?} left {}", d.next(), d.next_back(), d.next(), d.len());
    let pairs: Vec<(u32, u32)> = Countdown { lo: 0, hi: 3 }.zip(Countdown { lo: 10, hi: 13 }.rev()).collect();
    println!("{:?}", pairs);
}
