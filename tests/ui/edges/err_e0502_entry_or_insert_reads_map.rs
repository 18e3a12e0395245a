// the entry holds a mutable borrow of the map while its argument reads the map
use std::collections::HashMap;
fn main() {
    let mut m: HashMap<&str, usize> = HashMap::new();
    *m.entry("a").or_insert(m.len()) += 1;
    println!("{:?}", m);
}
