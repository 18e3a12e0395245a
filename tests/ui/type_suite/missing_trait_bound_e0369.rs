fn bigger<T>(a: T, b: T) -> bool { a > b }
fn main() { println!("{}", bigger(1, 2)); }
