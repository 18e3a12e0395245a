trait Cl {
    fn dup(&self) -> Self;
}
struct A;
impl Cl for A {
    fn dup(&self) -> Self {
        A
    }
}
fn main() {
    let v: Vec<Box<dyn Cl>> = Vec::new();
    println!("{}", v.len());
}
