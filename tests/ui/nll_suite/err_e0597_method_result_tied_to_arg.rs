// explicit lifetime ties the result to the argument, which dies first
struct Store { items: Vec<String> }
impl Store {
    fn pick<'a>(&'a self, other: &'a String) -> &'a String {
        if self.items.is_empty() { other } else { &self.items[0] }
    }
}
fn main() {
    let s = Store { items: vec![] };
    let f;
    {
        let tmp = String::from("t");
        f = s.pick(&tmp);
    }
    println!("{}", f);
}
