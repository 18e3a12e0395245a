// trait objects Box<dyn Shape>, default methods, Display impls, sorting by area
use std::fmt;

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

struct Triangle {
    base: f64,
    height: f64,
}

impl Shape for Circle {
    fn area(&self) -> f64 {
        3.14159 * self.r * self.r
    }
    fn name(&self) -> String {
        String::from("circle")
    }
}

impl Shape for Rect {
    fn area(&self) -> f64 {
        self.w * self.h
    }
    fn name(&self) -> String {
        if self.w == self.h { "square".to_string() } else { "rect".to_string() }
    }
    fn describe(&self) -> String {
        format!("{}x{} {}", self.w, self.h, self.name())
    }
}

impl Shape for Triangle {
    fn area(&self) -> f64 {
        0.5 * self.base * self.height
    }
    fn name(&self) -> String {
        "triangle".into()
    }
}

impl fmt::Display for Rect {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "Rect({}, {})", self.w, self.h)
    }
}

fn total_area(shapes: &[Box<dyn Shape>]) -> f64 {
    shapes.iter().map(|s| s.area()).sum()
}

fn main() {
    let mut shapes: Vec<Box<dyn Shape>> = Vec::new();
    shapes.push(Box::new(Circle { r: 1.5 }));
    shapes.push(Box::new(Rect { w: 2.0, h: 3.0 }));
    shapes.push(Box::new(Triangle { base: 4.0, height: 2.5 }));
    shapes.push(Box::new(Rect { w: 2.0, h: 2.0 }));

    for s in shapes.iter() {
        println!("{}", s.describe());
    }
    println!("total = {:.3}", total_area(&shapes));

    shapes.sort_by(|a, b| a.area().partial_cmp(&b.area()).unwrap());
    let names: Vec<String> = shapes.iter().map(|s| s.name()).collect();
    println!("by area: {}", names.join(", "));

    let big = shapes.iter().filter(|s| s.area() > 5.0).count();
    println!("{} shapes bigger than 5", big);
    println!("{}", Rect { w: 1.0, h: 7.5 });
}
