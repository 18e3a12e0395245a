// The boxed closure captures a `&'a str` but the object type promises `'static`.
fn make<'a>(p: &'a str) -> Box<dyn Fn(&str) -> usize + 'static> {
    Box::new(move |x| x.len() + p.len())
}
fn main() {
    println!("{}", make("q")("a"));
}
