// rejected E0594: assigning to a field through a & reference in a pricing function
#[derive(Debug, Clone)]
struct Product {
    sku: String,
    price_cents: u32,
    on_sale: bool,
}

fn apply_sale(p: &Product, percent: u32) -> u32 {
    let discounted = p.price_cents * (100 - percent) / 100;
    p.on_sale = true;
    discounted
}

fn cheapest(ps: &[Product]) -> Option<&Product> {
    ps.iter().min_by_key(|p| p.price_cents)
}

fn main() {
    let catalog = vec![
        Product { sku: "A-1".into(), price_cents: 1999, on_sale: false },
        Product { sku: "B-7".into(), price_cents: 499, on_sale: false },
        Product { sku: "C-3".into(), price_cents: 12500, on_sale: false },
    ];
    for p in &catalog {
        let sale = apply_sale(p, 15);
        println!("{}: {} -> {}", p.sku, p.price_cents, sale);
    }
    if let Some(c) = cheapest(&catalog) {
        println!("cheapest {} on sale {}", c.sku, c.on_sale);
    }
}
