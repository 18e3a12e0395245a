// An order-processing pipeline: parsing lines into Result<Order, _> and collecting into
// Result<Vec<_>, _>, partitioning Ok/Err, trait-based pricing rules as generics and dyn,
// and process::exit with a status computed from the failures.
use std::collections::BTreeMap;
use std::process;

#[derive(Debug, Clone)]
struct Order {
    id: u32,
    sku: String,
    qty: u32,
    unit_cents: u64,
}

trait Rule {
    fn apply(&self, o: &Order, subtotal: u64) -> u64;
    fn label(&self) -> &str;
}

struct BulkDiscount {
    min_qty: u32,
    percent: u64,
}

struct SkuSurcharge<'a> {
    prefix: &'a str,
    cents: u64,
}

impl Rule for BulkDiscount {
    fn apply(&self, o: &Order, subtotal: u64) -> u64 {
        if o.qty >= self.min_qty { subtotal - subtotal * self.percent / 100 } else { subtotal }
    }
    fn label(&self) -> &str {
        "bulk"
    }
}

impl<'a> Rule for SkuSurcharge<'a> {
    fn apply(&self, o: &Order, subtotal: u64) -> u64 {
        if o.sku.starts_with(self.prefix) { subtotal + self.cents * o.qty as u64 } else { subtotal }
    }
    fn label(&self) -> &str {
        self.prefix
    }
}

fn parse_order(line: &str) -> Result<Order, String> {
    let parts: Vec<&str> = line.split('|').collect();
    let [id, sku, qty, price] = parts.as_slice() else {
        return Err(format!("bad field count in {:?}", line));
    };
    Ok(Order {
        id: id.trim().parse().map_err(|e| format!("id {:?}: {}", id, e))?,
        sku: sku.trim().to_uppercase(),
        qty: qty.trim().parse().map_err(|e| format!("qty {:?}: {}", qty, e))?,
        unit_cents: price.trim().parse().map_err(|e| format!("price {:?}: {}", price, e))?,
    })
}

fn total<R: Rule + ?Sized>(rules: &[&R], o: &Order) -> u64 {
    rules.iter().fold(o.unit_cents * o.qty as u64, |acc, r| r.apply(o, acc))
}

fn main() {
    let good = "1|ab-1|3|250\n2|hz-9|12|100\n3|ab-2|1|9999";
    let all: Result<Vec<Order>, String> = good.lines().map(parse_order).collect();
    let orders = all.expect("good input parses");
    println!("parsed {} orders", orders.len());

    let bulk = BulkDiscount { min_qty: 10, percent: 15 };
    let prefix = String::from("HZ");
    let hazmat = SkuSurcharge { prefix: &prefix, cents: 40 };
    let rules: Vec<&dyn Rule> = vec![&bulk, &hazmat];
    let mut revenue: BTreeMap<String, u64> = BTreeMap::new();
    for o in &orders {
        let t = total(&rules, o);
        let applied: Vec<&str> = rules.iter().filter(|r| r.apply(o, 1000) != 1000).map(|r| r.label()).collect();
        println!("#{} {:<5} x{:<3} {:>8} cents {:?}", o.id, o.sku, o.qty, t, applied);
        *revenue.entry(o.sku[..2].to_string()).or_insert(0) += t;
    }
    println!("{:?}", revenue);
    println!("only bulk: {}", total(&[&bulk], &orders[1]));

    let mixed = "4|x|1|5\nfive|y|1|5\n6|z|-2|5\n7|w|1\n8|v|2|70";
    let (ok, bad): (Vec<_>, Vec<_>) = mixed.lines().map(parse_order).partition(|r| r.is_ok());
    let ok: Vec<Order> = ok.into_iter().map(Result::unwrap).collect();
    let bad: Vec<String> = bad.into_iter().filter_map(Result::err).collect();
    println!("{} ok: {:?}", ok.len(), ok.iter().map(|o| o.id).collect::<Vec<_>>());
    for e in &bad {
        println!("error: {}", e);
    }
    let first_err: Result<Vec<Order>, String> = mixed.lines().map(parse_order).collect();
    println!("collect stops at: {:?}", first_err.err());
    if !bad.is_empty() {
        println!("exiting with {}", bad.len() + 10);
        process::exit(bad.len() as i32 + 10);
    }
    println!("not reached");
}
