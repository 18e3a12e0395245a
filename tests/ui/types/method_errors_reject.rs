trait Area {
    fn area(&self) -> f64;
}

struct Sq(f64);

impl Area for Sq {
    fn area(&self) -> f64 {
        self.0 * self.0
    }
}

fn main() {
    let s = Sq(2.0);
    println!("{}", s.perimeter());
    println!("{}", s.area(1.0));
    let v: Vec<i32> = Vec::new();
    v.push(1);
    let x = 5;
    x.len();
}
