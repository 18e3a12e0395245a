// An inventory generic over item kinds: a trait with an associated const and type,
// a generic Warehouse<T: Stockable>, IntoIterator for &Warehouse, and a report via Display.
use std::collections::BTreeMap;
use std::fmt;

trait Stockable: fmt::Debug + Clone {
    const CATEGORY: &'static str;
    type Unit: fmt::Display;
    fn sku(&self) -> String;
    fn unit(&self) -> Self::Unit;
    fn unit_price_cents(&self) -> u64;
}

#[derive(Debug, Clone)]
struct Fabric {
    color: String,
    width_cm: u32,
}

#[derive(Debug, Clone)]
struct Screw {
    size: u8,
}

impl Stockable for Fabric {
    const CATEGORY: &'static str = "textile";
    type Unit = String;
    fn sku(&self) -> String {
        format!("FAB-{}-{}", self.color.to_uppercase(), self.width_cm)
    }
    fn unit(&self) -> String {
        "m".to_string()
    }
    fn unit_price_cents(&self) -> u64 {
        self.width_cm as u64 * 7
    }
}

impl Stockable for Screw {
    const CATEGORY: &'static str = "hardware";
    type Unit = char;
    fn sku(&self) -> String {
        format!("SCR-M{}", self.size)
    }
    fn unit(&self) -> char {
        'x'
    }
    fn unit_price_cents(&self) -> u64 {
        3 + self.size as u64
    }
}

#[derive(Debug)]
enum StockError {
    Unknown(String),
    Short { sku: String, want: u32, have: u32 },
}

struct Warehouse<T: Stockable> {
    lines: BTreeMap<String, (T, u32)>,
    log: Vec<String>,
}

impl<T: Stockable> Warehouse<T> {
    fn new() -> Self {
        Warehouse { lines: BTreeMap::new(), log: Vec::new() }
    }
    fn receive(&mut self, item: T, qty: u32) {
        let sku = item.sku();
        let entry = self.lines.entry(sku.clone()).or_insert((item, 0));
        entry.1 += qty;
        self.log.push(format!("+{} {}", qty, sku));
    }
    fn ship(&mut self, sku: &str, qty: u32) -> Result<u64, StockError> {
        let (item, have) = self.lines.get_mut(sku).ok_or_else(|| StockError::Unknown(sku.to_string()))?;
        if *have < qty {
            return Err(StockError::Short { sku: sku.to_string(), want: qty, have: *have });
        }
        *have -= qty;
        self.log.push(format!("-{} {}", qty, sku));
        Ok(item.unit_price_cents() * qty as u64)
    }
    fn value_cents(&self) -> u64 {
        self.into_iter().map(|(it, q)| it.unit_price_cents() * *q as u64).sum()
    }
}

impl<'a, T: Stockable> IntoIterator for &'a Warehouse<T> {
    type Item = &'a (T, u32);
    type IntoIter = std::collections::btree_map::Values<'a, String, (T, u32)>;
    fn into_iter(self) -> Self::IntoIter {
        self.lines.values()
    }
}

impl<T: Stockable> fmt::Display for Warehouse<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "== {} ==", T::CATEGORY)?;
        for (item, qty) in self {
            writeln!(f, "{:<14}{:>5} {} @ {:>4}c", item.sku(), qty, item.unit(), item.unit_price_cents())?;
        }
        write!(f, "total value: ${}.{:02}", self.value_cents() / 100, self.value_cents() % 100)
    }
}

fn cents(c: u64) -> String {
    format!("${}.{:02}", c / 100, c % 100)
}

fn main() {
    let mut fabrics = Warehouse::new();
    fabrics.receive(Fabric { color: "red".into(), width_cm: 140 }, 30);
    fabrics.receive(Fabric { color: "navy".into(), width_cm: 90 }, 12);
    fabrics.receive(Fabric { color: "red".into(), width_cm: 140 }, 5);
    let mut screws: Warehouse<Screw> = Warehouse::new();
    for size in [3u8, 4, 6, 4] {
        screws.receive(Screw { size }, 500);
    }
    println!("{}", fabrics);
    println!("{}", screws);
    let orders: Vec<(&str, u32)> = vec![("FAB-RED-140", 20), ("FAB-NAVY-90", 13), ("FAB-GREEN-1", 1), ("FAB-RED-140", 15)];
    for (sku, qty) in orders {
        match fabrics.ship(sku, qty) {
            Ok(c) => println!("shipped {} x{} for {}", sku, qty, cents(c)),
            Err(StockError::Short { sku, want, have }) => println!("short on {}: want {}, have {}", sku, want, have),
            Err(e) => println!("error {:?}", e),
        }
    }
    println!("{:?}", screws.ship("SCR-M4", 999).map(cents));
    println!("log {:?}", fabrics.log);
    println!("{} / {}", <Fabric as Stockable>::CATEGORY, Screw::CATEGORY);
    let biggest = screws.into_iter().max_by_key(|(_, q)| *q).map(|(s, _)| s.clone());
    println!("{:?}", biggest);
}
