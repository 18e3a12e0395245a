// storing a shorter reference into a longer-lived struct field
struct Cache<'a> { last: &'a str }
impl<'a> Cache<'a> {
    fn remember(&mut self, s: &str) { self.last = s; }
}
fn main() {
    let mut c = Cache { last: "" };
    c.remember("x");
    println!("{}", c.last);
}
