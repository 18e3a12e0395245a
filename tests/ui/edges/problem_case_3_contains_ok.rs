// the accepted twin of problem case #3: check first, borrow afterwards
use std::collections::HashMap;
fn get_or_insert(map: &mut HashMap<u32, String>, k: u32) -> &String {
    if !map.contains_key(&k) {
        map.insert(k, String::from("new"));
    }
    map.get(&k).unwrap()
}
fn main() {
    let mut m = HashMap::new();
    println!("{}", get_or_insert(&mut m, 3));
}
