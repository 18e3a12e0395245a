// remembering a local that dies before the cache
struct Cache<'a> { last: &'a str }
impl<'a> Cache<'a> {
    fn remember(&mut self, s: &'a str) { self.last = s; }
}
fn main() {
    let mut c = Cache { last: "" };
    {
        let text = String::from("hello");
        c.remember(&text);
    }
    println!("{}", c.last);
}
