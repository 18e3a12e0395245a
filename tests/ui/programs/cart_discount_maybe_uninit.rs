// a shopping cart whose discount rate is only assigned on some match arms
#[derive(Debug, Clone, Copy)]
enum Tier {
    Bronze,
    Silver,
    Gold,
}

struct Line {
    item: &'static str,
    cents: u32,
    qty: u32,
}

fn main() {
    let cart = vec![
        Line { item: "tea", cents: 450, qty: 2 },
        Line { item: "mug", cents: 1200, qty: 1 },
        Line { item: "honey", cents: 799, qty: 3 },
    ];
    let tier = Tier::Silver;
    let subtotal: u32 = cart.iter().map(|l| l.cents * l.qty).sum();
    let percent: u32;
    match tier {
        Tier::Bronze => {}
        Tier::Silver => percent = 5,
        Tier::Gold => percent = 10,
    }
    let discount = subtotal * percent / 100;
    for l in &cart {
        println!("{:6} x{} {:>6}", l.item, l.qty, l.cents * l.qty);
    }
    println!("{:?}: subtotal {} discount {} total {}", tier, subtotal, discount, subtotal - discount);
}
