// a returned closure borrowing a by-value parameter
fn adder(base: i32) -> impl Fn(i32) -> i32 {
    |x| x + base
}
fn main() {
    println!("{}", adder(2)(3));
}
