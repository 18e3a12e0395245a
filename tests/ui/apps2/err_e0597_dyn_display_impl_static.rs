// mutation: `impl Display for dyn Shape` means `dyn Shape + 'static`, so displaying the `&'a dyn Shape` from `largest` needs `shapes` borrowed for 'static
// Trait objects: Vec<Box<dyn Shape>>, default methods, generic functions vs dyn dispatch,
// sorting trait objects by a computed key, downcasting-free visitor via enum-like methods,
// and Display for dyn Trait through a supertrait.
use std::f64::consts::PI;
use std::fmt;

trait Shape: fmt::Debug {
    fn area(&self) -> f64;
    fn perimeter(&self) -> f64;
    fn name(&self) -> String {
        format!("{:?}", self).split(|c: char| !c.is_alphanumeric()).next().unwrap_or("?").to_string()
    }
    fn scale(&mut self, k: f64);
    fn describe(&self) -> String {
        format!("{} area={:.2} perim={:.2}", self.name(), self.area(), self.perimeter())
    }
}

#[derive(Debug, Clone)]
struct Circle {
    r: f64,
}
#[derive(Debug, Clone)]
struct Rect {
    w: f64,
    h: f64,
}
#[derive(Debug, Clone)]
struct Triangle {
    a: f64,
    b: f64,
    c: f64,
}

impl Shape for Circle {
    fn area(&self) -> f64 {
        PI * self.r * self.r
    }
    fn perimeter(&self) -> f64 {
        2.0 * PI * self.r
    }
    fn scale(&mut self, k: f64) {
        self.r *= k;
    }
}

impl Shape for Rect {
    fn area(&self) -> f64 {
        self.w * self.h
    }
    fn perimeter(&self) -> f64 {
        2.0 * (self.w + self.h)
    }
    fn scale(&mut self, k: f64) {
        self.w *= k;
        self.h *= k;
    }
    fn name(&self) -> String {
        if self.w == self.h { "Square".into() } else { "Rect".into() }
    }
}

impl Triangle {
    fn new(a: f64, b: f64, c: f64) -> Result<Triangle, String> {
        let mut s = [a, b, c];
        s.sort_by(|x, y| x.partial_cmp(y).unwrap());
        if s[0] + s[1] <= s[2] {
            return Err(format!("{}, {}, {} violates the triangle inequality", a, b, c));
        }
        Ok(Triangle { a, b, c })
    }
}

impl Shape for Triangle {
    fn area(&self) -> f64 {
        let s = self.perimeter() / 2.0;
        (s * (s - self.a) * (s - self.b) * (s - self.c)).sqrt()
    }
    fn perimeter(&self) -> f64 {
        self.a + self.b + self.c
    }
    fn scale(&mut self, k: f64) {
        self.a *= k;
        self.b *= k;
        self.c *= k;
    }
}

impl fmt::Display for dyn Shape {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "<{} {:.1}>", self.name(), self.area())
    }
}

fn total_area(shapes: &[Box<dyn Shape>]) -> f64 {
    shapes.iter().map(|s| s.area()).sum()
}

fn largest<'a>(shapes: &'a [Box<dyn Shape>]) -> Option<&'a dyn Shape> {
    shapes.iter().map(|b| b.as_ref()).max_by(|a, b| a.area().partial_cmp(&b.area()).unwrap())
}

fn double_generic<S: Shape + Clone>(s: &S) -> S {
    let mut c = s.clone();
    c.scale(2.0);
    c
}

fn main() {
    let mut shapes: Vec<Box<dyn Shape>> = vec![Box::new(Circle { r: 1.5 }), Box::new(Rect { w: 2.0, h: 3.0 }), Box::new(Rect { w: 2.5, h: 2.5 })];
    for (a, b, c) in [(3.0, 4.0, 5.0), (1.0, 2.0, 10.0)] {
        match Triangle::new(a, b, c) {
            Ok(t) => shapes.push(Box::new(t)),
            Err(e) => println!("skipped: {}", e),
        }
    }
    for s in &shapes {
        println!("{}", s.describe());
    }
    println!("total area {:.3}", total_area(&shapes));
    if let Some(big) = largest(&shapes) {
        println!("largest: {}", big);
    }
    shapes.sort_by(|a, b| a.perimeter().partial_cmp(&b.perimeter()).unwrap());
    let order: Vec<String> = shapes.iter().map(|s| s.to_string()).collect();
    println!("{}", order.join(" "));
    for s in shapes.iter_mut().filter(|s| s.area() < 7.0) {
        s.scale(0.5);
    }
    println!("{:?}", shapes.iter().map(|s| format!("{:.2}", s.area())).collect::<Vec<_>>());
    let c2 = double_generic(&Circle { r: 1.0 });
    let r2 = double_generic(&Rect { w: 1.0, h: 4.0 });
    println!("{:?} {:.3} | {:?} {}", c2, c2.area(), r2, r2.describe());
    let by_kind = shapes.iter().fold(std::collections::BTreeMap::new(), |mut m, s| {
        *m.entry(s.name()).or_insert(0) += 1;
        m
    });
    println!("{:?}", by_kind);
}
