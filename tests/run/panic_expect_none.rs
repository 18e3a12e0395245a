use std::collections::HashMap;
fn main() {
    let mut m = HashMap::new();
    m.insert("k", 1);
    println!("{}", m.get("k").expect("key k"));
    println!("{}", m.get("z").copied().expect("key z must be present"));
}
