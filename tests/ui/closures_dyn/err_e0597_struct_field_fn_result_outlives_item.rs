// The result of a boxed closure in a struct field borrows an item that is dropped.
struct Index<T> {
    key: Box<dyn Fn(&T) -> &str>,
}
struct User { name: String }
fn main() {
    let idx = Index { key: Box::new(|u: &User| u.name.as_str()) };
    let k;
    {
        let u = User { name: "ann".to_string() };
        k = (idx.key)(&u);
    }
    println!("{}", k);
}
