// Negative reasoning is fine where this crate decides: a local type that is not `Display`,
// a local trait not implemented for `Vec<u8>`, a fundamental `Fn` bound, `Box`/`&` of local types.
use std::fmt::Display;

trait Describe {
    fn describe(&self) -> String;
}

impl<T: Display> Describe for T {
    fn describe(&self) -> String {
        format!("<{}>", self)
    }
}

struct Point {
    x: i32,
}

impl Describe for Point {
    fn describe(&self) -> String {
        format!("point {}", self.x)
    }
}

impl Describe for Box<Point> {
    fn describe(&self) -> String {
        format!("boxed point {}", self.x)
    }
}

trait Shape {
    fn sides(&self) -> u32;
}

trait Report {
    fn report(&self) -> String;
}

impl<T: Shape> Report for T {
    fn report(&self) -> String {
        format!("{} sides", self.sides())
    }
}

impl Report for Vec<u8> {
    fn report(&self) -> String {
        format!("{} bytes", self.len())
    }
}

trait Run {
    fn run(&self) -> u32;
}

impl<F: Fn() -> u32> Run for F {
    fn run(&self) -> u32 {
        self()
    }
}

impl Run for String {
    fn run(&self) -> u32 {
        self.len() as u32
    }
}

fn main() {
    println!("{} {}", 7.describe(), Point { x: 1 }.describe());
    println!("{}", Box::new(Point { x: 2 }).describe());
    println!("{}", vec![1u8, 2].report());
    println!("{} {}", (|| 4).run(), String::from("abc").run());
}
