// advanced traits: a supertrait requiring Display, with a default method using it
use std::fmt;

trait Boxed: fmt::Display {
    fn boxed(&self) -> String {
        let inner = self.to_string();
        let bar = "-".repeat(inner.len() + 2);
        format!("+{bar}+\n| {inner} |\n+{bar}+")
    }
}

trait Named {
    fn name(&self) -> String;
}

trait Greeter: Named {
    fn greet(&self) -> String {
        format!("Hello, {}!", self.name())
    }
}

struct Coord(i32, i32);

impl fmt::Display for Coord {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "({}, {})", self.0, self.1)
    }
}

impl Boxed for Coord {}

struct Robot {
    serial: u32,
}

impl Named for Robot {
    fn name(&self) -> String {
        format!("unit-{}", self.serial)
    }
}

impl Greeter for Robot {}

fn introduce(g: &dyn Greeter) -> String {
    format!("{} ({})", g.greet(), g.name().len())
}

fn show_all<T: Boxed>(items: &[T]) {
    for i in items {
        println!("{}", i.boxed());
    }
}

fn main() {
    show_all(&[Coord(1, -2), Coord(30, 4)]);
    let r = Robot { serial: 42 };
    println!("{}", r.greet());
    println!("{}", introduce(&r));
}
