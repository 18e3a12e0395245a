mod shapes {
    pub struct Circle { r: u32 }
    impl Circle { pub fn new() -> Circle { Circle { r: 2 } } }
}
fn main() {
    let c = shapes::Circle::new();
    println!("{}", c.r);
}
