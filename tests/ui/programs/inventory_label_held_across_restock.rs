// an inventory whose best-stocked item name is borrowed and then the inventory is restocked
struct Item {
    name: String,
    qty: u32,
}

struct Inventory {
    items: Vec<Item>,
}

impl Inventory {
    fn best_stocked(&self) -> &str {
        let mut best = &self.items[0];
        for item in &self.items {
            if item.qty > best.qty {
                best = item;
            }
        }
        &best.name
    }

    fn restock(&mut self, name: &str, qty: u32) {
        for item in self.items.iter_mut() {
            if item.name == name {
                item.qty += qty;
                return;
            }
        }
        self.items.push(Item { name: name.to_string(), qty });
    }
}

fn main() {
    let mut inv = Inventory {
        items: vec![
            Item { name: String::from("lamp"), qty: 4 },
            Item { name: String::from("desk"), qty: 9 },
        ],
    };
    let leader = inv.best_stocked();
    inv.restock("chair", 12);
    println!("leader before restock: {}", leader);
    println!("items: {}", inv.items.len());
}
