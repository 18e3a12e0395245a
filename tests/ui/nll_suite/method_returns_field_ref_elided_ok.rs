// elision ties the result to &self
struct Store { items: Vec<String> }
impl Store {
    fn first(&self, fallback: &str) -> &String { let _ = fallback; &self.items[0] }
}
fn main() {
    let s = Store { items: vec![String::from("i")] };
    let f;
    {
        let tmp = String::from("t");
        f = s.first(&tmp);
    }
    println!("{}", f);
}
