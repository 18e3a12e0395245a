// difftest (from programs/inventory.rs): a `&&str` bound by a tuple pattern in a for loop coerced to `&str`
fn main() {
    let orders = [("bolt", 12), ("nut", 3)];
    for (name, _qty) in orders.iter() {
        let s: &str = name;
        println!("{}", s);
    }
}
