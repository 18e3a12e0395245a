use std::fmt;

trait Shape {
    type Unit;
    fn area(&self) -> f64;
    fn name(&self) -> String {
        String::from("shape")
    }
    fn scaled<F: Fn(f64) -> f64>(&self, f: F) -> f64 {
        f(self.area())
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
    type Unit = f64;
    fn area(&self) -> f64 {
        3.0 * self.r * self.r
    }
    fn name(&self) -> String {
        "circle".to_string()
    }
}

impl Shape for Rect {
    type Unit = u32;
    fn area(&self) -> f64 {
        self.w * self.h
    }
}

impl fmt::Display for Rect {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "Rect({}x{})", self.w, self.h)
    }
}

trait Container {
    type Item;
    fn get(&self, i: usize) -> Option<&Self::Item>;
    fn first(&self) -> Option<&Self::Item> {
        self.get(0)
    }
    fn len(&self) -> usize;
}

struct Stack<T> {
    items: Vec<T>,
}

impl<T: Clone> Container for Stack<T> {
    type Item = T;
    fn get(&self, i: usize) -> Option<&T> {
        self.items.get(i)
    }
    fn len(&self) -> usize {
        self.items.len()
    }
}

fn total_area(shapes: &[Box<dyn Shape<Unit = f64>>]) -> f64 {
    shapes.iter().map(|s| s.area()).sum()
}

fn describe<C: Container>(c: &C) -> usize
where
    C::Item: fmt::Debug,
{
    if let Some(x) = c.first() {
        println!("first = {:?}", x);
    }
    c.len()
}

fn largest<T: PartialOrd + Copy>(xs: &[T]) -> T {
    let mut m = xs[0];
    for &x in xs {
        if x > m {
            m = x;
        }
    }
    m
}

fn main() {
    let c = Circle { r: 2.0 };
    let r = Rect { w: 3.0, h: 4.0 };
    println!("{} {}", c.name(), c.area());
    println!("{} {} {}", r.name(), r.area(), r);
    println!("{}", c.scaled(|a| a * 2.0));
    let shapes: Vec<Box<dyn Shape<Unit = f64>>> = vec![Box::new(Circle { r: 1.0 }), Box::new(Circle { r: 0.5 })];
    println!("{}", total_area(&shapes));
    let s = Stack { items: vec![3, 1, 4] };
    println!("{}", describe(&s));
    println!("{}", largest(&[1, 5, 2]));
    println!("{}", largest(&[1.5, 0.5]));
    println!("{}", largest(&['a', 'z', 'q']));
}
