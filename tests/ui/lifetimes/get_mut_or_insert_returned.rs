// lifetimes: NLL problem case 3: returning a get_mut result on one path, inserting on the other
use std::collections::HashMap;
fn get_default<'m>(map: &'m mut HashMap<u32, String>, key: u32) -> &'m mut String {
    match map.get_mut(&key) {
        Some(value) => value,
        None => {
            map.insert(key, String::new());
            map.get_mut(&key).unwrap()
        }
    }
}
fn main() {
    let mut m = HashMap::new();
    get_default(&mut m, 1).push('x');
    println!("{:?}", m);
}
