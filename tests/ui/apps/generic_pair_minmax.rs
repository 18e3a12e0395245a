// generic struct with conditional impl blocks, PartialOrd + Display bounds, Option<&T> returns, tuple structs
use std::fmt::Display;

#[derive(Debug, Clone, PartialEq)]
struct Pair<T> {
    a: T,
    b: T,
}

impl<T> Pair<T> {
    fn new(a: T, b: T) -> Self {
        Pair { a, b }
    }
    fn swap(self) -> Pair<T> {
        Pair { a: self.b, b: self.a }
    }
}

impl<T: PartialOrd + Display> Pair<T> {
    fn larger(&self) -> &T {
        if self.a >= self.b { &self.a } else { &self.b }
    }
    fn show(&self) -> String {
        format!("({}, {}) max={}", self.a, self.b, self.larger())
    }
}

#[derive(Debug, Clone, Copy, PartialEq, PartialOrd)]
struct Version(u16, u16, u16);

impl Display for Version {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        write!(f, "v{}.{}.{}", self.0, self.1, self.2)
    }
}

fn min_max<T: PartialOrd + Copy>(xs: &[T]) -> Option<(T, T)> {
    let first = *xs.first()?;
    Some(xs.iter().fold((first, first), |(lo, hi), &x| {
        (if x < lo { x } else { lo }, if x > hi { x } else { hi })
    }))
}

fn main() {
    let p = Pair::new(3, 9);
    println!("{}", p.show());
    println!("{}", p.clone().swap().show());
    let words = Pair::new(String::from("pear"), String::from("apple"));
    println!("{}", words.show());
    let vs = Pair::new(Version(1, 4, 2), Version(1, 10, 0));
    println!("{} newer", vs.larger());
    println!("{:?}", min_max(&[4.5, -1.0, 9.25, 0.0]));
    println!("{:?}", min_max::<u8>(&[]));
    let releases = [Version(0, 9, 1), Version(1, 0, 0), Version(0, 12, 3)];
    if let Some((old, new)) = min_max(&releases) {
        println!("range {} .. {}", old, new);
    }
    let nested = Pair::new(Pair::new(1, 2), Pair::new(3, 4));
    println!("{:?} equal? {}", nested.b, nested.a == Pair::new(1, 2));
}
