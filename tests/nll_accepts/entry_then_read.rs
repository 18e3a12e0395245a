// nll_accepts: the entry borrow ends before the map is read
use std::collections::HashMap;

fn main() {
    let mut stock: HashMap<&str, i32> = HashMap::new();
    *stock.entry("apples").or_insert(0) += 3;
    *stock.entry("apples").or_insert(0) += 2;
    println!("{:?}", stock.get("apples"));
}
