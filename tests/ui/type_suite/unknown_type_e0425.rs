fn total(items: Vec<Item>) -> usize { items.len() }
fn main() {}
