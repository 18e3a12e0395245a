// a shopping cart whose discount closure borrows the cart lines while a line is added (rejected)
struct Line {
    sku: &'static str,
    cents: u64,
    qty: u64,
}

fn subtotal(lines: &[Line]) -> u64 {
    lines.iter().map(|l| l.cents * l.qty).sum()
}

fn main() {
    let mut lines = vec![
        Line { sku: "tea", cents: 450, qty: 2 },
        Line { sku: "mug", cents: 1200, qty: 1 },
    ];
    let bulk_discount = || {
        let units: u64 = lines.iter().map(|l| l.qty).sum();
        if units >= 4 { subtotal(&lines) / 10 } else { 0 }
    };
    println!("discount now {}", bulk_discount());
    lines.push(Line { sku: "honey", cents: 799, qty: 3 });
    println!("discount after {}", bulk_discount());
    for l in &lines {
        println!("{} x{}", l.sku, l.qty);
    }
}
