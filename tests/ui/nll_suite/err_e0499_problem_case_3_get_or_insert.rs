// NLL problem case #3: conditional return of a borrow, then mutation
use std::collections::HashMap;
fn get_default(map: &mut HashMap<u8, String>, k: u8) -> &mut String {
    match map.get_mut(&k) {
        Some(v) => v,
        None => {
            map.insert(k, String::new());
            map.get_mut(&k).unwrap()
        }
    }
}
fn main() {
    let mut m = HashMap::new();
    get_default(&mut m, 1).push('a');
    println!("{:?}", m);
}
