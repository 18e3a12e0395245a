// a memo cache whose get-or-compute returns an early borrow from one branch, then inserts (rejected by today's NLL)
use std::collections::HashMap;

struct Memo {
    values: HashMap<u64, String>,
    misses: u32,
}

impl Memo {
    fn get_or_compute(&mut self, n: u64) -> &String {
        if let Some(v) = self.values.get(&n) {
            return v;
        }
        self.misses += 1;
        let text = format!("{}^2={}", n, n * n);
        self.values.insert(n, text);
        &self.values[&n]
    }
}

fn main() {
    let mut memo = Memo { values: HashMap::new(), misses: 0 };
    for n in [3, 4, 3, 5, 4] {
        let v = memo.get_or_compute(n);
        println!("{}", v);
    }
    println!("misses {}", memo.misses);
}
