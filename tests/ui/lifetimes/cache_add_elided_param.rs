// lifetimes: a method stores an elided-lifetime parameter in a Cache<'a>
struct Cache<'a> { items: Vec<&'a str> }
impl<'a> Cache<'a> {
    fn add(&mut self, s: &str) { self.items.push(s); }
}
fn main() {
    let mut c = Cache { items: vec![] };
    c.add("x");
    println!("{}", c.items.len());
}
