// structs: methods, associated functions, borrowing self in different ways
#[derive(Debug)]
struct Rect {
    width: u32,
    height: u32,
}

impl Rect {
    fn square(size: u32) -> Self {
        Self { width: size, height: size }
    }

    fn area(&self) -> u32 {
        self.width * self.height
    }

    fn can_hold(&self, other: &Rect) -> bool {
        self.width > other.width && self.height > other.height
    }

    fn scale(&mut self, k: u32) {
        self.width *= k;
        self.height *= k;
    }

    fn into_pair(self) -> (u32, u32) {
        (self.width, self.height)
    }
}

impl Rect {
    fn is_square(&self) -> bool {
        self.width == self.height
    }
}

fn main() {
    let mut a = Rect { width: 30, height: 50 };
    let b = Rect { width: 10, height: 40 };
    let c = Rect::square(60);
    println!("area of a: {}", a.area());
    println!("a holds b? {}", a.can_hold(&b));
    println!("a holds c? {}", a.can_hold(&c));
    a.scale(2);
    println!("{:?}", a);
    println!("{:#?}", b);
    println!("c square? {} a square? {}", c.is_square(), a.is_square());
    let (w, h) = a.into_pair();
    println!("w={w} h={h}");
    let width = 7;
    let d = Rect { width, height: 3 };
    println!("d area {}", (&d).area());
}
