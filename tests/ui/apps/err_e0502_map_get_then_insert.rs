// rejected E0502: holding a reference from HashMap::get while inserting into the same map (memo cache)
use std::collections::HashMap;

struct Memo {
    cache: HashMap<u64, u64>,
    hits: u32,
}

impl Memo {
    fn collatz_len(&mut self, n: u64) -> u64 {
        if n == 1 {
            return 1;
        }
        if let Some(v) = self.cache.get(&n) {
            self.hits += 1;
            return *v;
        }
        let next = if n % 2 == 0 { n / 2 } else { 3 * n + 1 };
        let len = 1 + self.collatz_len(next);
        self.cache.insert(n, len);
        len
    }
}

fn main() {
    let mut m = Memo { cache: HashMap::new(), hits: 0 };
    let best = (1..50u64).max_by_key(|&n| m.collatz_len(n)).unwrap();
    println!("best {} hits {}", best, m.hits);
    let seven = m.cache.get(&7).unwrap_or(&0);
    m.cache.insert(7, 0);
    println!("len(7) was {}", seven);
    println!("cache size {}", m.cache.len());
}
