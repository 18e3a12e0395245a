// an inventory of named items with restocking, sales and a sorted stock report
use std::collections::HashMap;

struct Inventory {
    stock: HashMap<String, u32>,
    sold: u32,
}

impl Inventory {
    fn new() -> Self {
        Inventory { stock: HashMap::new(), sold: 0 }
    }

    fn restock(&mut self, name: &str, qty: u32) {
        *self.stock.entry(name.to_string()).or_insert(0) += qty;
    }

    fn sell(&mut self, name: &str, qty: u32) -> Result<u32, String> {
        match self.stock.get_mut(name) {
            Some(have) if *have >= qty => {
                *have -= qty;
                self.sold += qty;
                Ok(*have)
            }
            Some(have) => Err(format!("only {} {} left", have, name)),
            None => Err(format!("no {} in stock", name)),
        }
    }

    fn report(&self) -> Vec<(String, u32)> {
        let mut rows: Vec<(String, u32)> = self.stock.iter().map(|(k, v)| (k.clone(), *v)).collect();
        rows.sort();
        rows
    }
}

fn main() {
    let mut inv = Inventory::new();
    inv.restock("bolt", 40);
    inv.restock("nut", 25);
    inv.restock("washer", 10);
    inv.restock("bolt", 5);

    let orders = [("bolt", 12), ("washer", 11), ("nut", 25), ("gear", 1), ("bolt", 3)];
    for (name, qty) in orders.iter() {
        match inv.sell(name, *qty) {
            Ok(left) => println!("sold {} {}, {} left", qty, name, left),
            Err(why) => println!("cannot sell {} {}: {}", qty, name, why),
        }
    }

    for (name, qty) in inv.report() {
        let flag = if qty == 0 { " (reorder)" } else { "" };
        println!("{:>8}: {:3}{}", name, qty, flag);
    }
    println!("total sold: {}", inv.sold);
}
