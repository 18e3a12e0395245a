// BTreeMap ordered iteration, range queries, derive(PartialOrd, Ord), entry and_modify
use std::collections::BTreeMap;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Category {
    Tools,
    Food,
    Toys,
}

#[derive(Debug, Clone)]
struct Item {
    name: String,
    qty: u32,
    price_cents: u32,
}

fn main() {
    let mut stock: BTreeMap<String, Item> = BTreeMap::new();
    let raw = [
        ("hammer", 3, 1299),
        ("apple", 40, 45),
        ("yoyo", 7, 350),
        ("bread", 12, 250),
        ("wrench", 5, 899),
        ("apple", 10, 45),
    ];
    for &(name, qty, price) in raw.iter() {
        stock
            .entry(name.to_string())
            .and_modify(|it| it.qty += qty)
            .or_insert(Item { name: name.to_string(), qty, price_cents: price });
    }

    for (k, it) in &stock {
        println!("{:<8} qty={:>3} value=${}.{:02}", k, it.qty, it.qty * it.price_cents / 100, it.qty * it.price_cents % 100);
    }

    let first_half: Vec<&String> = stock.range("a".to_string().."h".to_string()).map(|(k, _)| k).collect();
    println!("a..h: {:?}", first_half);

    let mut by_cat: BTreeMap<Category, Vec<String>> = BTreeMap::new();
    for it in stock.values() {
        let cat = match it.name.as_str() {
            "hammer" | "wrench" => Category::Tools,
            "apple" | "bread" => Category::Food,
            _ => Category::Toys,
        };
        by_cat.entry(cat).or_insert_with(Vec::new).push(it.name.clone());
    }
    for (cat, names) in by_cat.iter() {
        println!("{:?}: {}", cat, names.join("/"));
    }

    if let Some((k, v)) = stock.iter().next_back() {
        println!("last key {} has {}", k, v.qty);
    }
    let removed = stock.remove("yoyo").map(|it| it.qty).unwrap_or(0);
    println!("removed {} yoyos, {} kinds left", removed, stock.len());
    println!("first: {:?}", stock.keys().next());
}
