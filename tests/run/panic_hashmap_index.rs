use std::collections::HashMap;
fn main() {
    let mut m = HashMap::new();
    m.insert("a".to_string(), 1);
    println!("{}", m["a"]);
    println!("{}", m["b"]);
}
