trait Speak {
    fn speak(&self) -> String;
}
struct D;
impl Speak for D {
    fn speak(&self) -> String {
        "w".into()
    }
}
impl D {
    fn fetch(&self) -> u8 {
        1
    }
}
fn main() {
    let b: Box<dyn Speak> = Box::new(D);
    println!("{} {}", b.speak(), b.fetch());
}
