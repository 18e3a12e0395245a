// std collections may hold references to values declared after them (may_dangle)
use std::collections::HashMap;
fn main() {
    let mut m = HashMap::new();
    let mut o = None;
    let k = String::from("k");
    m.insert(1, &k);
    o = Some(&k);
    println!("{:?} {:?}", m.get(&1), o);
}
