// A trait object is invariant in its `Fn` signature: `&'a str` output cannot become `&'static str`.
fn widen<'a>(g: Box<dyn Fn() -> &'a str + 'a>) -> Box<dyn Fn() -> &'static str + 'a> {
    g
}
fn main() {
    let s = String::from("x");
    let f = widen(Box::new(|| s.as_str()));
    println!("{}", f());
}
