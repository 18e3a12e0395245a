// regions: closures over `&Vec<&'a str>` returning copied items (`first().copied()`, `iter().copied()`) yield `&'a str`
use std::collections::HashMap;
fn first_of<'a>(m: &HashMap<char, Vec<&'a str>>) -> Option<&'a str> {
    m.values().next().and_then(|v| v.first().copied())
}
fn any_of<'a>(m: &HashMap<char, Vec<&'a str>>) -> Option<&'a str> {
    m.values().flat_map(|v| v.iter().copied()).next()
}
fn main() {
    let mut m = HashMap::new();
    m.insert('a', vec!["x"]);
    println!("{:?} {:?}", first_of(&m), any_of(&m));
}
