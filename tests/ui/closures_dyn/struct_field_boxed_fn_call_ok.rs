// Calling a boxed closure stored in a struct field: `(self.key)(item)` borrows from `item`.
struct Index<T> {
    key: Box<dyn Fn(&T) -> &str>,
}
impl<T> Index<T> {
    fn key_of<'a>(&self, item: &'a T) -> &'a str {
        (self.key)(item)
    }
}
struct User { name: String }
fn main() {
    let idx = Index { key: Box::new(|u: &User| u.name.as_str()) };
    let u = User { name: "ann".to_string() };
    let k = idx.key_of(&u);
    drop(idx);
    println!("{}", k);
}
