// trait objects: a Vec<Box<dyn Shape>> with default methods, &dyn parameters and downcasting by name
use std::f64::consts::PI;

trait Shape {
    fn area(&self) -> f64;
    fn name(&self) -> String;
    fn describe(&self) -> String {
        format!("{} with area {:.2}", self.name(), self.area())
    }
}

struct Circle {
    r: f64,
}
struct Rect {
    w: f64,
    h: f64,
}
struct Square(f64);

impl Shape for Circle {
    fn area(&self) -> f64 {
        PI * self.r * self.r
    }
    fn name(&self) -> String {
        "circle".to_string()
    }
}

impl Shape for Rect {
    fn area(&self) -> f64 {
        self.w * self.h
    }
    fn name(&self) -> String {
        String::from("rect")
    }
    fn describe(&self) -> String {
        format!("{}x{} rect", self.w, self.h)
    }
}

impl Shape for Square {
    fn area(&self) -> f64 {
        self.0 * self.0
    }
    fn name(&self) -> String {
        "square".into()
    }
}

fn biggest<'a>(shapes: &'a [Box<dyn Shape>]) -> &'a dyn Shape {
    let mut best = &shapes[0];
    for s in shapes {
        if s.area() > best.area() {
            best = s;
        }
    }
    best.as_ref()
}

fn print_it(s: &dyn Shape) {
    println!("- {}", s.describe());
}

fn main() {
    let shapes: Vec<Box<dyn Shape>> = vec![
        Box::new(Circle { r: 1.5 }),
        Box::new(Rect { w: 2.0, h: 4.5 }),
        Box::new(Square(2.5)),
    ];
    for s in shapes.iter() {
        print_it(s.as_ref());
    }
    let total: f64 = shapes.iter().map(|s| s.area()).sum();
    println!("total {:.3}", total);
    println!("biggest: {}", biggest(&shapes).name());
    let sq = Square(1.0);
    let borrowed: Vec<&dyn Shape> = vec![&sq, shapes[0].as_ref()];
    println!("{}", borrowed.iter().map(|s| s.name()).collect::<Vec<_>>().join(","));
}
