// traits: default methods, dyn dispatch, generics with bounds, operators, Display, From, Iterator
use std::fmt;
use std::ops::Add;

trait Shape {
    fn area(&self) -> f64;
    fn name(&self) -> String {
        String::from("shape")
    }
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
impl Shape for Circle {
    fn area(&self) -> f64 {
        3.14159 * self.r * self.r
    }
    fn name(&self) -> String {
        "circle".to_string()
    }
}
impl Shape for Rect {
    fn area(&self) -> f64 {
        self.w * self.h
    }
}

#[derive(Debug, Clone, Copy, PartialEq)]
struct V2 {
    x: i32,
    y: i32,
}
impl Add for V2 {
    type Output = V2;
    fn add(self, o: V2) -> V2 {
        V2 { x: self.x + o.x, y: self.y + o.y }
    }
}
impl fmt::Display for V2 {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "<{}, {}>", self.x, self.y)
    }
}
impl From<(i32, i32)> for V2 {
    fn from(p: (i32, i32)) -> Self {
        V2 { x: p.0, y: p.1 }
    }
}

struct Countdown(u32);
impl Iterator for Countdown {
    type Item = u32;
    fn next(&mut self) -> Option<u32> {
        if self.0 == 0 {
            None
        } else {
            self.0 -= 1;
            Some(self.0 + 1)
        }
    }
}

fn largest<T: PartialOrd + Copy>(items: &[T]) -> T {
    let mut best = items[0];
    for &i in items {
        if i > best {
            best = i;
        }
    }
    best
}

fn total_area(shapes: &[Box<dyn Shape>]) -> f64 {
    shapes.iter().map(|s| s.area()).sum()
}

fn main() {
    let shapes: Vec<Box<dyn Shape>> = vec![Box::new(Circle { r: 1.0 }), Box::new(Rect { w: 2.0, h: 3.5 })];
    for s in &shapes {
        println!("{}", s.describe());
    }
    println!("total {:.3}", total_area(&shapes));
    let a = V2 { x: 1, y: 2 };
    let b: V2 = (10, 20).into();
    let c = a + b;
    println!("{} {:?} {}", c, c, a == V2::from((1, 2)));
    println!("{:>12}|{:<8}|", format!("{}", a), "left");
    println!("{}", largest(&[3, 9, 2]));
    println!("{}", largest(&[1.5, -2.0]));
    let down: Vec<u32> = Countdown(4).collect();
    println!("{:?} sum {}", down, Countdown(10).filter(|x| x % 2 == 0).sum::<u32>());
    for x in Countdown(2) {
        println!("tick {}", x);
    }
}
