// conditional return of a borrow from a map, then insert: NLL still rejects
use std::collections::HashMap;
fn get_or_insert(map: &mut HashMap<u32, String>, k: u32) -> &String {
    if let Some(v) = map.get(&k) {
        return v;
    }
    map.insert(k, String::from("new"));
    map.get(&k).unwrap()
}
fn main() {
    let mut m = HashMap::new();
    println!("{}", get_or_insert(&mut m, 3));
}
