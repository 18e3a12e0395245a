use std::collections::HashMap;
use std::fmt;
use std::ops::{Add, Mul, Neg, Index, AddAssign};

#[derive(Debug, Clone, Copy, PartialEq, PartialOrd, Default)]
struct V2 {
    x: f64,
    y: f64,
}
impl Add for V2 {
    type Output = V2;
    fn add(self, o: V2) -> V2 {
        V2 { x: self.x + o.x, y: self.y + o.y }
    }
}
impl Mul<f64> for V2 {
    type Output = V2;
    fn mul(self, k: f64) -> V2 {
        V2 { x: self.x * k, y: self.y * k }
    }
}
impl Neg for V2 {
    type Output = V2;
    fn neg(self) -> V2 {
        V2 { x: -self.x, y: -self.y }
    }
}
impl AddAssign for V2 {
    fn add_assign(&mut self, o: V2) {
        self.x += o.x;
        self.y += o.y;
    }
}
impl fmt::Display for V2 {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "({:.1}, {:.1})", self.x, self.y)
    }
}
struct Poly(Vec<i64>);
impl Index<usize> for Poly {
    type Output = i64;
    fn index(&self, i: usize) -> &i64 {
        &self.0[i]
    }
}
trait Shape {
    fn area(&self) -> f64;
    fn name(&self) -> String {
        String::from("shape")
    }
    fn describe(&self) -> String {
        format!("{} with area {:.2}", self.name(), self.area())
    }
}
struct Circle(f64);
struct Square(f64);
impl Shape for Circle {
    fn area(&self) -> f64 {
        3.14159 * self.0 * self.0
    }
    fn name(&self) -> String {
        "circle".into()
    }
}
impl Shape for Square {
    fn area(&self) -> f64 {
        self.0 * self.0
    }
}
fn largest<T: PartialOrd + Copy>(items: &[T]) -> T {
    let mut m = items[0];
    for &i in items {
        if i > m {
            m = i;
        }
    }
    m
}
fn total_area(shapes: &[Box<dyn Shape>]) -> f64 {
    shapes.iter().map(|s| s.area()).sum()
}
#[derive(Debug, PartialEq, Eq, Hash, Clone, Copy, PartialOrd, Ord)]
enum Kind {
    A,
    B(u8),
}
struct Counter {
    n: u32,
}
impl Iterator for Counter {
    type Item = u32;
    fn next(&mut self) -> Option<u32> {
        if self.n < 5 {
            self.n += 1;
            Some(self.n)
        } else {
            None
        }
    }
}
fn main() {
    let a = V2 { x: 1.0, y: 2.0 };
    let b = V2 { x: 0.5, y: -1.0 };
    let mut c = a + b * 2.0;
    c += -a;
    println!("{} {:?} {}", c, V2::default(), a < b);
    let p = Poly(vec![3, 0, 2]);
    println!("{} {}", p[0], p[2]);
    let shapes: Vec<Box<dyn Shape>> = vec![Box::new(Circle(1.0)), Box::new(Square(2.0))];
    for s in &shapes {
        println!("{}", s.describe());
    }
    println!("{:.3}", total_area(&shapes));
    println!("{} {} {}", largest(&[3, 9, 2]), largest(&[1.5, -2.0]), largest(&['x', 'b']));
    let mut hm: HashMap<Kind, Vec<u32>> = HashMap::new();
    hm.entry(Kind::B(2)).or_default().push(1);
    hm.entry(Kind::A).or_default().push(2);
    hm.entry(Kind::B(2)).or_default().push(3);
    let mut keys: Vec<_> = hm.keys().copied().collect();
    keys.sort();
    println!("{:?} {:?}", keys, hm[&Kind::B(2)]);
    let total: u32 = Counter { n: 0 }.zip(Counter { n: 2 }).map(|(a, b)| a * b).sum();
    println!("{}", total);
    let evens: Vec<u32> = Counter { n: 0 }.filter(|x| x % 2 == 0).collect();
    println!("{:?}", evens);
    let strs: Vec<String> = vec![Kind::A, Kind::B(7)].iter().map(|k| format!("{:?}", k)).collect();
    println!("{}", strs.join("|"));
    let parsed: Result<Vec<i32>, _> = "1 2 x 4".split(' ').map(|s| s.parse::<i32>()).collect();
    println!("{:?}", parsed.is_err());
    let parsed: Option<Vec<i32>> = vec![Some(1), Some(2)].into_iter().collect();
    println!("{:?}", parsed);
    let nested = vec![vec![1, 2], vec![3]];
    let flat: Vec<i32> = nested.iter().flatten().copied().collect();
    println!("{:?} {}", flat, nested.iter().map(Vec::len).max().unwrap());
}
