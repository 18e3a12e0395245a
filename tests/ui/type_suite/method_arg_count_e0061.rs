struct Calc;
impl Calc { fn mul(&self, a: i32, b: i32) -> i32 { a * b } }
fn main() {
    let c = Calc;
    println!("{}", c.mul(1, 2, 3));
}
