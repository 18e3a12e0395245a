// collections: a value borrowed from a HashMap is used after inserting into the map
use std::collections::HashMap;

fn main() {
    let mut prices: HashMap<String, u32> = HashMap::new();
    prices.insert(String::from("tea"), 3);
    let tea = prices.get("tea").unwrap();
    prices.insert(String::from("coffee"), *tea + 1);
    println!("tea costs {tea}");
}
