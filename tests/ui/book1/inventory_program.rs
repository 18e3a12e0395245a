// program: a small inventory with structs, enums, Vec, HashMap and Result
use std::collections::HashMap;

#[derive(Debug, Clone, PartialEq)]
enum Category {
    Tool,
    Food,
    Other(String),
}

#[derive(Debug, Clone)]
struct Item {
    name: String,
    qty: u32,
    cat: Category,
}

struct Inventory {
    items: Vec<Item>,
    index: HashMap<String, usize>,
}

impl Inventory {
    fn new() -> Self {
        Inventory { items: Vec::new(), index: HashMap::new() }
    }

    fn add(&mut self, name: &str, qty: u32, cat: Category) {
        if let Some(&i) = self.index.get(name) {
            self.items[i].qty += qty;
            return;
        }
        self.index.insert(name.to_string(), self.items.len());
        self.items.push(Item { name: name.to_string(), qty, cat });
    }

    fn take(&mut self, name: &str, qty: u32) -> Result<u32, String> {
        let i = *self.index.get(name).ok_or(format!("no {name}"))?;
        let item = &mut self.items[i];
        if item.qty < qty {
            return Err(format!("only {} {}", item.qty, item.name));
        }
        item.qty -= qty;
        Ok(item.qty)
    }

    fn by_category(&self, cat: &Category) -> Vec<&Item> {
        self.items.iter().filter(|i| &i.cat == cat).collect()
    }
}

fn main() {
    let mut inv = Inventory::new();
    inv.add("hammer", 2, Category::Tool);
    inv.add("apple", 10, Category::Food);
    inv.add("hammer", 1, Category::Tool);
    inv.add("lamp", 1, Category::Other(String::from("light")));
    println!("{:?}", inv.take("apple", 4));
    println!("{:?}", inv.take("apple", 40));
    println!("{:?}", inv.take("pear", 1));
    for it in inv.by_category(&Category::Tool) {
        println!("tool {} x{}", it.name, it.qty);
    }
    let others = inv.by_category(&Category::Other(String::from("light")));
    println!("{:?}", others);
}
