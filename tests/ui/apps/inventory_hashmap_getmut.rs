// HashMap get_mut/remove/contains_key, or_insert_with, iterating values_mut, sorted report
use std::collections::HashMap;

#[derive(Debug, Default, Clone)]
struct Stock {
    on_hand: i32,
    reserved: i32,
    history: Vec<i32>,
}

fn apply(inv: &mut HashMap<String, Stock>, line: &str) -> Result<(), String> {
    let (op, rest) = line.split_once(' ').ok_or_else(|| format!("no operand in {:?}", line))?;
    let (sku, qty) = rest.split_once(' ').ok_or("missing quantity")?;
    let qty: i32 = qty.parse().map_err(|e| format!("{}: {}", qty, e))?;
    match op {
        "recv" => {
            let s = inv.entry(sku.to_string()).or_insert_with(Stock::default);
            s.on_hand += qty;
            s.history.push(qty);
        }
        "reserve" => {
            let s = inv.get_mut(sku).ok_or(format!("unknown sku {}", sku))?;
            if s.on_hand - s.reserved < qty {
                return Err(format!("only {} free for {}", s.on_hand - s.reserved, sku));
            }
            s.reserved += qty;
        }
        "drop" => {
            inv.remove(sku).map(|_| ()).ok_or(format!("nothing to drop for {}", sku))?;
        }
        _ => return Err(format!("bad op {}", op)),
    }
    Ok(())
}

fn main() {
    let mut inv: HashMap<String, Stock> = HashMap::new();
    let script = ["recv ab1 10", "recv cd2 4", "reserve ab1 7", "reserve ab1 5", "recv ab1 3",
                  "reserve zz9 1", "ship ab1 1", "recv cd2 x", "drop cd2", "recv ef3 8", "noop"];
    for line in script {
        if let Err(e) = apply(&mut inv, line) {
            println!("{:<14} -> {}", line, e);
        }
    }
    for s in inv.values_mut() {
        s.history.sort_unstable();
    }
    let mut skus: Vec<_> = inv.iter().collect();
    skus.sort_by_key(|(k, _)| k.as_str());
    for (k, s) in skus {
        println!("{}: on_hand={} reserved={} history={:?}", k, s.on_hand, s.reserved, s.history);
    }
    println!("has cd2: {}", inv.contains_key("cd2"));
}
