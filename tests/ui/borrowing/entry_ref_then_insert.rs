// borrowing: an or_insert_with reference used after another insert
use std::collections::HashMap;
fn main() {
    let mut m: HashMap<&str, Vec<i32>> = HashMap::new();
    let e = m.entry("a").or_insert_with(Vec::new);
    m.insert("b", vec![]);
    e.push(1);
}
