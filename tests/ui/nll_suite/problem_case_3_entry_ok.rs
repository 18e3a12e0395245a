// the accepted rewrite of problem case #3 with entry
use std::collections::HashMap;
fn get_default(map: &mut HashMap<u8, String>, k: u8) -> &mut String {
    map.entry(k).or_insert_with(String::new)
}
fn main() {
    let mut m = HashMap::new();
    get_default(&mut m, 1).push('a');
    get_default(&mut m, 1).push('b');
    println!("{:?}", m);
}
