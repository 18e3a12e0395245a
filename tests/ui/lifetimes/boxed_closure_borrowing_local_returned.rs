// lifetimes: a boxed closure borrowing a local is returned
fn make() -> Box<dyn Fn() -> usize> {
    let s = String::from("abc");
    Box::new(|| s.len())
}
fn main() { println!("{}", make()()); }
