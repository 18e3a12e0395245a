// Boxed where written, the closure's signature is deduced from `dyn Fn(&str) -> &str`.
fn main() {
    let b: Box<dyn Fn(&str) -> &str> = Box::new(|s| s);
    println!("{}", b("x"));
}
