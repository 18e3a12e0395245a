// `flat_map(|v| v.iter().copied())` over `&HashMap<_, Vec<&'a str>>` yields `&'a str` items.
use std::collections::HashMap;
fn any_of<'a>(m: &HashMap<char, Vec<&'a str>>) -> Option<&'a str> {
    m.values().flat_map(|v| v.iter().copied()).next()
}
fn main() {
    let mut m = HashMap::new();
    m.insert('a', vec!["x"]);
    println!("{:?}", any_of(&m));
}
