// the parameter carries the struct's lifetime
struct Cache<'a> { last: &'a str }
impl<'a> Cache<'a> {
    fn remember(&mut self, s: &'a str) { self.last = s; }
}
fn main() {
    let text = String::from("hello");
    let mut c = Cache { last: "" };
    c.remember(&text);
    println!("{}", c.last);
}
