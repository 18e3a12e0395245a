// copying the value out first
use std::collections::HashMap;
fn main() {
    let mut m: HashMap<&str, i32> = HashMap::new();
    m.insert("a", 1);
    let a = *m.get("a").unwrap();
    m.insert("b", a + 1);
    let mut keys: Vec<_> = m.keys().copied().collect();
    keys.sort();
    println!("{:?}", keys);
}
