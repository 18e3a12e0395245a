// borrowing: two get_mut results from one map alive at once
use std::collections::HashMap;

fn main() {
    let mut m: HashMap<u8, i32> = HashMap::new();
    m.insert(1, 10);
    m.insert(2, 20);
    let a = m.get_mut(&1).unwrap();
    let b = m.get_mut(&2).unwrap();
    *a += *b;
    println!("{:?}", m.get(&1));
}
