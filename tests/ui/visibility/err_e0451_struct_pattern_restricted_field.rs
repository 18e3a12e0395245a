// Destructuring names fields too: a `pub(in crate::inventory)` field is private outside it.
mod inventory {
    pub mod item {
        pub struct Item {
            pub name: String,
            pub(in crate::inventory) cost: u32,
        }
        pub fn new(name: &str) -> Item {
            Item { name: name.to_string(), cost: 3 }
        }
    }
    pub fn cost(i: &item::Item) -> u32 {
        let item::Item { cost, .. } = i;
        *cost
    }
}

fn main() {
    let it = inventory::item::new("bolt");
    println!("{} {}", it.name, inventory::cost(&it));
    let inventory::item::Item { name, cost } = it;
    println!("{} {}", name, cost);
}
