// Operator trees the interpreter compiles into one generated function: integer fast paths
// with overflow checks, and the generic paths for floats, user operator impls, references,
// slices and out-of-range indexing.
use std::ops::{Add, Mul};

#[derive(Debug, Clone, Copy, PartialEq, PartialOrd)]
struct Meters(f64);

impl Add for Meters {
    type Output = Meters;
    fn add(self, o: Meters) -> Meters {
        Meters(self.0 + o.0)
    }
}

impl Mul<f64> for Meters {
    type Output = Meters;
    fn mul(self, k: f64) -> Meters {
        Meters(self.0 * k)
    }
}

fn weighted(xs: &[i64], ws: &Vec<i64>) -> i64 {
    let mut total = 0i64;
    for i in 0..xs.len() {
        total += xs[i] * ws[i] - (i as i64) % 3;
    }
    total
}

fn mixed(a: u8, b: u8) -> u32 {
    (a as u32) * 1000 + (b as u32) / 7 + ((a ^ b) as u32) % 5
}

fn main() {
    let v = vec![3i64, -4, 5, 7];
    let arr = [10u16, 20, 30];
    let w = vec![1i64, 2, 3, 4];
    println!("{}", weighted(&v, &w));
    println!("{}", weighted(&v[1..], &w));
    let mut acc: u16 = 0;
    for k in 0..3 {
        acc += arr[k] * 2 + arr[2 - k] / 3;
    }
    println!("acc {}", acc);
    let m = Meters(1.5) + Meters(2.25) * 2.0;
    println!("{:?} {}", m, m > Meters(5.0) && m.0 < 7.0);
    let f = 0.1f32 + 0.2f32 * 3.0;
    println!("{} {}", f, (f as f64) * 2.0 - 1.0 / 3.0);
    println!("{} {} {}", mixed(7, 200), -7i32 / 2 % 3, (-7i64).rem_euclid(3) + 7 / -2);
    let big: i64 = i64::MAX - 5;
    let r = &big;
    println!("{}", *r - 1 + 2 - (3 << 2) / 4);
    let mut n: i8 = 100;
    n -= 27;
    n += (n / 10) * 2;
    println!("n {}", n);
    let last = v.len() + w.len() / 4 - 1;
    let sum = v[0] * w[1] + v[3] - arr[2] as i64;
    println!("sum {}", sum);
    println!("out {}", v[0] * w[1] + v[last]);
}
