// borrowing: a shared reference into a vector held across a mutating method call
fn main() {
    let mut items = vec![String::from("a")];
    let first = &items[0];
    items.clear();
    println!("{}", first);
}
