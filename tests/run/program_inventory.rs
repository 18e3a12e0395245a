// programs: an inventory with traits, generics, sorting, grouping and formatting
use std::collections::HashMap;
use std::fmt;

#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
enum Category {
    Tool,
    Food,
    Toy,
}

#[derive(Debug, Clone)]
struct Item {
    name: String,
    price_cents: u32,
    qty: u32,
    cat: Category,
}

impl fmt::Display for Item {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{:<8} {:>3} x {:>6.2}", self.name, self.qty, self.price_cents as f64 / 100.0)
    }
}

trait Valued {
    fn value(&self) -> u64;
    fn is_expensive(&self) -> bool {
        self.value() > 5000
    }
}

impl Valued for Item {
    fn value(&self) -> u64 {
        self.price_cents as u64 * self.qty as u64
    }
}

fn total<T: Valued>(items: &[T]) -> u64 {
    items.iter().map(|i| i.value()).sum()
}

fn main() {
    let mut items = vec![
        Item { name: "hammer".into(), price_cents: 1299, qty: 3, cat: Category::Tool },
        Item { name: "apple".into(), price_cents: 45, qty: 40, cat: Category::Food },
        Item { name: "yoyo".into(), price_cents: 350, qty: 2, cat: Category::Toy },
        Item { name: "saw".into(), price_cents: 2450, qty: 1, cat: Category::Tool },
        Item { name: "bread".into(), price_cents: 299, qty: 5, cat: Category::Food },
    ];
    items.sort_by(|a, b| b.value().cmp(&a.value()).then_with(|| a.name.cmp(&b.name)));
    for it in &items {
        println!("{} = {} {}", it, it.value(), if it.is_expensive() { "!" } else { "" });
    }
    let mut by_cat: HashMap<Category, Vec<&Item>> = HashMap::new();
    for it in &items {
        by_cat.entry(it.cat.clone()).or_default().push(it);
    }
    let mut cats: Vec<_> = by_cat.keys().cloned().collect();
    cats.sort();
    for c in cats {
        let names: Vec<&str> = by_cat[&c].iter().map(|i| i.name.as_str()).collect();
        println!("{:?}: {}", c, names.join(", "));
    }
    println!("total {}", total(&items));
    let cheapest = items.iter().min_by_key(|i| i.price_cents).map(|i| i.name.clone());
    println!("cheapest {:?}", cheapest);
    items.retain(|i| i.cat != Category::Food);
    println!("{} left: {:?}", items.len(), items.iter().map(|i| &i.name).collect::<Vec<_>>());
    let restock: Vec<Item> = items.iter().filter(|i| i.qty < 3).cloned().map(|mut i| { i.qty += 10; i }).collect();
    println!("{:#?}", restock[0]);
}
