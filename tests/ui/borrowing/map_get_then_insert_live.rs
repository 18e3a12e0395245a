// borrowing: a map lookup result used after an insert
use std::collections::HashMap;
fn main() {
    let mut scores: HashMap<String, u32> = HashMap::new();
    scores.insert("a".into(), 1);
    let a = scores.get("a");
    scores.insert("b".into(), 2);
    println!("{:?}", a);
}
