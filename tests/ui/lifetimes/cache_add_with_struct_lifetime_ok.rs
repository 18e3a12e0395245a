// lifetimes: a method taking &'a str stores it in a Cache<'a>
struct Cache<'a> { items: Vec<&'a str> }
impl<'a> Cache<'a> {
    fn add(&mut self, s: &'a str) { self.items.push(s); }
    fn first(&self) -> Option<&&'a str> { self.items.first() }
}
fn main() {
    let a = String::from("a");
    let mut c = Cache { items: vec![] };
    c.add(&a);
    println!("{:?}", c.first());
}
