// rejected E0382: an order String moved into a Vec and then used again for a receipt
#[derive(Debug)]
struct Order {
    id: u32,
    items: Vec<String>,
    note: String,
}

struct Kitchen {
    queue: Vec<Order>,
}

impl Kitchen {
    fn submit(&mut self, o: Order) {
        println!("kitchen got order {}", o.id);
        self.queue.push(o);
    }

    fn pending_items(&self) -> usize {
        self.queue.iter().map(|o| o.items.len()).sum()
    }
}

fn receipt(o: &Order) -> String {
    format!("#{}: {} ({})", o.id, o.items.join(", "), o.note)
}

fn main() {
    let mut k = Kitchen { queue: Vec::new() };
    let first = Order { id: 1, items: vec!["taco".into(), "soda".into()], note: "no onion".into() };
    let second = Order { id: 2, items: vec!["salad".into()], note: String::new() };
    println!("{}", receipt(&first));
    k.submit(first);
    k.submit(second);
    println!("pending items {}", k.pending_items());
    println!("reprint {}", receipt(&first));
}
