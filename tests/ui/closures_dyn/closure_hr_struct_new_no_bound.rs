// `Wrap::new` has no `Fn` bound, so the closure's signature is not deduced; the method's impl bound is not met.
struct Wrap<F> { f: F }
impl<F> Wrap<F> {
    fn new(f: F) -> Self { Wrap { f } }
}
impl<F: Fn(&i32) -> &i32> Wrap<F> {
    fn call<'a>(&self, x: &'a i32) -> &'a i32 { (self.f)(x) }
}
fn main() {
    let w = Wrap::new(|x| x);
    let v = 5;
    println!("{}", w.call(&v));
}
