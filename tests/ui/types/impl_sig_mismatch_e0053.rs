trait Shape {
    fn area(&self) -> f64;
}
struct S;
impl Shape for S {
    fn area(&self) -> f32 {
        1.0
    }
}
fn main() {
    println!("{}", S.area());
}
