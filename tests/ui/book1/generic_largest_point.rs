// generics: largest over a slice, generic struct with impl blocks, mixup method
fn largest<T: PartialOrd + Copy>(list: &[T]) -> T {
    let mut best = list[0];
    for &item in list {
        if item > best {
            best = item;
        }
    }
    best
}

fn largest_ref<T: PartialOrd>(list: &[T]) -> &T {
    let mut best = &list[0];
    for item in list {
        if item > best {
            best = item;
        }
    }
    best
}

#[derive(Debug)]
struct Point<X, Y> {
    x: X,
    y: Y,
}

impl<X, Y> Point<X, Y> {
    fn mix<X2, Y2>(self, other: Point<X2, Y2>) -> Point<X, Y2> {
        Point { x: self.x, y: other.y }
    }
    fn x(&self) -> &X {
        &self.x
    }
}

impl Point<f64, f64> {
    fn dist(&self) -> f64 {
        (self.x * self.x + self.y * self.y).sqrt()
    }
}

fn main() {
    println!("{}", largest(&[34, 50, 25, 100, 65]));
    println!("{}", largest(&['y', 'm', 'a', 'q']));
    let words = vec![String::from("pear"), String::from("zucchini"), String::from("apple")];
    println!("{}", largest_ref(&words));
    let p = Point { x: 5, y: 10.4 };
    let q = Point { x: "hi", y: 'c' };
    println!("p.x = {}", p.x());
    let m = p.mix(q);
    println!("{:?}", m);
    let f = Point { x: 3.0, y: 4.0 };
    println!("{}", f.dist());
}
