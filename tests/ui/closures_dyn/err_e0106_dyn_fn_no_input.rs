// A boxed `Fn() -> &str` has no input lifetime for its output.
fn main() {
    let f: Box<dyn Fn() -> &str> = Box::new(|| "x");
    println!("{}", f());
}
