// `(self.f)(&s)` with the impl's `F: Fn(&str) -> &str` bound: the result borrows the dropped local.
struct P<F: Fn(&str) -> &str> { f: F }
impl<F: Fn(&str) -> &str> P<F> {
    fn run(&self) -> usize {
        let r;
        {
            let s = String::from("abc");
            r = (self.f)(&s);
        }
        r.len()
    }
}
fn main() { println!("{}", P { f: |s| s }.run()); }
