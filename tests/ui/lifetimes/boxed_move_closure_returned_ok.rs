// lifetimes: a boxed move closure owning its data is returned
fn make() -> Box<dyn Fn() -> usize> {
    let s = String::from("abc");
    Box::new(move || s.len())
}
fn main() { println!("{}", make()()); }
