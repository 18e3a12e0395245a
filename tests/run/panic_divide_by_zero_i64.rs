fn ratio(a: i64, b: i64) -> i64 {
    a / b
}
fn main() {
    println!("{}", ratio(10, 3));
    println!("{}", ratio(-10, 3));
    println!("{}", ratio(10, std::env::args().count() as i64 - 1));
}
