// A closure stored by a constructor without `Fn` bounds is not higher-ranked: the impl's bound fails at the method call.
struct Wrap<F> { f: F }
impl<F: Fn(&str) -> &str> Wrap<F> {
    fn run<'a>(&self, s: &'a str) -> &'a str { (self.f)(s) }
}
fn main() {
    let w = Wrap { f: |s| s };
    println!("{}", w.run("hi"));
}
