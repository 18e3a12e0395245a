// a method chain keeping a reference into a temporary Vec
fn main() {
    let first = vec![String::from("a")].first().unwrap();
    println!("{}", first);
}
