use std::collections::HashMap;

#[derive(Debug)]
struct Key {
    id: u32,
}

fn show<T: std::fmt::Display>(t: T) -> String {
    format!("{}", t)
}

fn main() {
    let mut m = HashMap::new();
    m.insert(Key { id: 1 }, "one");
    let k = Key { id: 2 };
    println!("{}", show(k));
    let v = vec![Key { id: 3 }];
    let w = v.clone();
    println!("{:?}", w);
}
