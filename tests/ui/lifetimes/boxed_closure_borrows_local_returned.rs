// lifetimes: a returned `Box<dyn Fn>` holds a closure borrowing a local
fn make() -> Box<dyn Fn() -> usize> {
    let s = String::from("x");
    Box::new(|| s.len())
}
fn main() { println!("{}", make()()); }
