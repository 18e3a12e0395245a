// rejected E0499: two simultaneous &mut borrows into the same Vec to trade items between players
#[derive(Debug)]
struct Player {
    name: String,
    gold: u32,
    items: Vec<String>,
}

fn trade(a: &mut Player, b: &mut Player, item: &str, price: u32) -> bool {
    let pos = match a.items.iter().position(|i| i == item) {
        Some(p) => p,
        None => return false,
    };
    if b.gold < price {
        return false;
    }
    let it = a.items.remove(pos);
    b.items.push(it);
    b.gold -= price;
    a.gold += price;
    true
}

fn main() {
    let mut players = vec![
        Player { name: "ivy".into(), gold: 10, items: vec!["sword".into(), "rope".into()] },
        Player { name: "jax".into(), gold: 50, items: vec![] },
    ];
    let seller = &mut players[0];
    let buyer = &mut players[1];
    let ok = trade(seller, buyer, "sword", 30);
    println!("trade ok: {}", ok);
    for p in &players {
        println!("{} has {} gold and {:?}", p.name, p.gold, p.items);
    }
}
