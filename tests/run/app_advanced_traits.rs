// Advanced traits: associated types, default generic parameters (Add<Rhs>), fully qualified
// syntax for same-named methods, supertraits, the newtype pattern and Deref.
use std::fmt;
use std::ops::{Add, Deref, DerefMut};

#[derive(Debug, Clone, Copy, PartialEq)]
struct Millimeters(u32);
#[derive(Debug, Clone, Copy, PartialEq)]
struct Meters(u32);

impl Add<Meters> for Millimeters {
    type Output = Millimeters;
    fn add(self, other: Meters) -> Millimeters {
        Millimeters(self.0 + other.0 * 1000)
    }
}

impl Add for Millimeters {
    type Output = Millimeters;
    fn add(self, other: Millimeters) -> Millimeters {
        Millimeters(self.0 + other.0)
    }
}

trait Container {
    type Item;
    fn get(&self, i: usize) -> Option<&Self::Item>;
    fn first(&self) -> Option<&Self::Item> {
        self.get(0)
    }
    fn size(&self) -> usize;
}

struct Shelf {
    books: Vec<String>,
}

impl Container for Shelf {
    type Item = String;
    fn get(&self, i: usize) -> Option<&String> {
        self.books.get(i)
    }
    fn size(&self) -> usize {
        self.books.len()
    }
}

fn last_of<C: Container>(c: &C) -> Option<&C::Item> {
    if c.size() == 0 { None } else { c.get(c.size() - 1) }
}

trait Pilot {
    fn fly(&self) -> String;
    fn name() -> &'static str;
}
trait Wizard {
    fn fly(&self) -> String;
    fn name() -> &'static str;
}
struct Human {
    nick: String,
}
impl Pilot for Human {
    fn fly(&self) -> String {
        format!("{} speaking, captain", self.nick)
    }
    fn name() -> &'static str {
        "pilot"
    }
}
impl Wizard for Human {
    fn fly(&self) -> String {
        format!("{} levitates", self.nick)
    }
    fn name() -> &'static str {
        "wizard"
    }
}
impl Human {
    fn fly(&self) -> String {
        format!("{} waves arms", self.nick)
    }
    fn name() -> &'static str {
        "human"
    }
}

trait Outline: fmt::Display {
    fn outline(&self) -> String {
        let s = self.to_string();
        let bar = "*".repeat(s.len() + 4);
        format!("{}\n* {} *\n{}", bar, s, bar)
    }
}

struct Pt {
    x: i32,
    y: i32,
}
impl fmt::Display for Pt {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "({}, {})", self.x, self.y)
    }
}
impl Outline for Pt {}

struct Wrapper(Vec<String>);

impl fmt::Display for Wrapper {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "[{}]", self.0.join(", "))
    }
}

impl Deref for Wrapper {
    type Target = Vec<String>;
    fn deref(&self) -> &Vec<String> {
        &self.0
    }
}

impl DerefMut for Wrapper {
    fn deref_mut(&mut self) -> &mut Vec<String> {
        &mut self.0
    }
}

struct Celsius(f64);
impl From<Celsius> for f64 {
    fn from(c: Celsius) -> f64 {
        c.0 * 9.0 / 5.0 + 32.0
    }
}

fn greet(s: &str) -> usize {
    s.len()
}

fn main() {
    let total = Millimeters(500) + Meters(2) + Millimeters(7);
    println!("{:?}", total);
    assert_eq!(total, Millimeters(2507));

    let shelf = Shelf { books: vec!["Dune".into(), "Emma".into(), "Ulysses".into()] };
    println!("{:?} {:?} {:?} {}", shelf.first(), last_of(&shelf), shelf.get(9), shelf.size());

    let h = Human { nick: "Ada".into() };
    println!("{}", h.fly());
    println!("{}", Pilot::fly(&h));
    println!("{}", Wizard::fly(&h));
    println!("{} {} {}", Human::name(), <Human as Pilot>::name(), <Human as Wizard>::name());

    println!("{}", Pt { x: 3, y: -10 }.outline());

    let mut w = Wrapper(vec!["hello".to_string()]);
    w.push("world".to_string());
    println!("{} len={} first={:?}", w, w.len(), w.first());
    w.sort_by(|a, b| b.cmp(a));
    println!("{} greet={}", w, greet(&w[0]));

    let f: f64 = Celsius(100.0).into();
    println!("{}F", f);
    let temps: Vec<f64> = vec![Celsius(-40.0), Celsius(37.0)].into_iter().map(f64::from).collect();
    println!("{:?}", temps);
    let x: Box<dyn Fn(i32) -> i32> = Box::new(|n| n * 2);
    let fns: Vec<(&str, fn(i32) -> i32)> = vec![("neg", |n| -n), ("sq", |n| n * n)];
    for (name, f) in &fns {
        print!("{}:{} ", name, f(x(3)));
    }
    println!();
}
