// ownership: a boxed trait object moved into a Vec twice
trait Shape {
    fn area(&self) -> f64;
}

struct Sq(f64);

impl Shape for Sq {
    fn area(&self) -> f64 {
        self.0 * self.0
    }
}

fn main() {
    let s: Box<dyn Shape> = Box::new(Sq(2.0));
    let mut all: Vec<Box<dyn Shape>> = Vec::new();
    all.push(s);
    all.push(s);
    println!("{}", all.len());
}
