// structs: impl blocks, Self, associated fns, generic structs with trait bounds, PartialOrd derive
use std::fmt::Display;

#[derive(Debug, Clone, Copy, PartialEq, PartialOrd)]
struct Temp {
    celsius: f64,
}

impl Temp {
    const FREEZING: Temp = Temp { celsius: 0.0 };
    fn from_f(f: f64) -> Self {
        Self { celsius: (f - 32.0) * 5.0 / 9.0 }
    }
    fn warmer(self, by: f64) -> Self {
        Temp { celsius: self.celsius + by }
    }
    fn is_freezing(&self) -> bool {
        *self <= Self::FREEZING
    }
}

#[derive(Debug)]
struct Pair<T> {
    a: T,
    b: T,
}

impl<T: PartialOrd + Display + Copy> Pair<T> {
    fn largest(&self) -> T {
        if self.a > self.b { self.a } else { self.b }
    }
    fn swap(self) -> Pair<T> {
        Pair { a: self.b, b: self.a }
    }
}

struct Counter {
    count: u32,
}

impl Counter {
    fn tick(&mut self) -> &mut Self {
        self.count += 1;
        self
    }
}

#[derive(Debug, PartialEq, Eq, PartialOrd, Ord, Clone, Copy)]
enum Level {
    Low = 1,
    Mid = 5,
    High = 10,
}

fn describe<T: std::fmt::Debug>(items: &[T]) -> String {
    items.iter().map(|i| format!("{:?}", i)).collect::<Vec<_>>().join("|")
}

fn main() {
    let t = Temp::from_f(50.0);
    println!("{:.1} {} {}", t.celsius, t.is_freezing(), Temp::FREEZING.warmer(-1.0).is_freezing());
    println!("{:?}", t.partial_cmp(&Temp::FREEZING));
    let p = Pair { a: 3, b: 9 };
    println!("{} {:?}", p.largest(), p.swap());
    let q = Pair { a: "pear", b: "apple" };
    println!("{}", q.largest());
    let mut c = Counter { count: 0 };
    c.tick().tick().tick();
    println!("ticks {}", c.count);
    let mut levels = vec![Level::High, Level::Low, Level::Mid];
    levels.sort();
    println!("{:?} {}", levels, describe(&levels));
    println!("{} {}", Level::Mid as i32, Level::High > Level::Mid);
    let biggest = levels.iter().max().copied();
    println!("{:?}", biggest);
    let temps = [Temp { celsius: 3.5 }, Temp { celsius: -2.0 }];
    let coldest = temps.iter().fold(f64::INFINITY, |m, t| m.min(t.celsius));
    println!("{}", coldest);
}
