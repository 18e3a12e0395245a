fn negate(x: i8) -> i8 {
    -x
}
fn main() {
    println!("{}", negate(127));
    println!("{}", negate(-127));
    let m = i8::MIN + (std::env::args().count() as i8 - 1);
    println!("{}", negate(m));
}
