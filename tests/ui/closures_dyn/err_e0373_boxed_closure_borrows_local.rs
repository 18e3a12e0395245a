// A returned boxed closure borrowing a local of the function.
fn make() -> Box<dyn Fn() -> i32> {
    let n = 5;
    Box::new(|| n + 1)
}
fn main() {
    println!("{}", make()());
}
