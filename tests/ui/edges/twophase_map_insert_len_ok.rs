// two-phase borrow on a HashMap insert whose value reads the map's length
use std::collections::HashMap;
fn main() {
    let mut m = HashMap::new();
    m.insert("a", m.len());
    m.insert("b", m.len() * 10);
    let mut keys: Vec<_> = m.iter().collect();
    keys.sort();
    println!("{:?}", keys);
}
