// With the `Fn` bound on the constructor the closure's signature is deduced there and is higher-ranked.
struct Wrap<F> { f: F }
impl<F: Fn(&i32) -> &i32> Wrap<F> {
    fn new(f: F) -> Self { Wrap { f } }
    fn call<'a>(&self, x: &'a i32) -> &'a i32 { (self.f)(x) }
}
fn main() {
    let w = Wrap::new(|x| x);
    let v = 5;
    println!("{}", w.call(&v));
}
