// borrowing: a wrapper holding a &mut used, then the owner read
struct Wrapper<'a> { inner: &'a mut String }
impl<'a> Wrapper<'a> {
    fn append(&mut self, t: &str) { self.inner.push_str(t); }
}
fn main() {
    let mut s = String::new();
    let mut w = Wrapper { inner: &mut s };
    w.append("x");
    w.append("y");
    println!("{}", s);
}
