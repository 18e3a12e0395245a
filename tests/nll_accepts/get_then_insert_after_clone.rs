// nll_accepts: a value looked up in a map is cloned, so the map can be changed afterwards
use std::collections::HashMap;

fn main() {
    let mut m = HashMap::new();
    m.insert(1, String::from("one"));
    let found = m.get(&1).cloned();
    m.insert(2, String::from("two"));
    println!("{:?} {}", found, m.len());
}
