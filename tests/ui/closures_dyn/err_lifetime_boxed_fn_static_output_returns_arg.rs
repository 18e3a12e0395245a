// The signature promises a `'static` result, the closure returns its argument.
fn main() {
    let f: Box<dyn Fn(&str) -> &'static str> = Box::new(|s| s);
    println!("{}", f("x"));
}
