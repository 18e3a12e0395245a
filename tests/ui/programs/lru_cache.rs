// an LRU cache built from a HashMap and a VecDeque of keys in recency order
use std::collections::{HashMap, VecDeque};

struct Lru {
    cap: usize,
    map: HashMap<String, i32>,
    order: VecDeque<String>,
    evicted: Vec<String>,
}

impl Lru {
    fn new(cap: usize) -> Self {
        Lru { cap, map: HashMap::new(), order: VecDeque::new(), evicted: Vec::new() }
    }

    fn promote(&mut self, key: &str) {
        if let Some(pos) = self.order.iter().position(|k| k == key) {
            let k = self.order.remove(pos).unwrap();
            self.order.push_back(k);
        }
    }

    fn get(&mut self, key: &str) -> Option<i32> {
        let v = *self.map.get(key)?;
        self.promote(key);
        Some(v)
    }

    fn put(&mut self, key: &str, value: i32) {
        if self.map.insert(key.to_string(), value).is_some() {
            self.promote(key);
            return;
        }
        self.order.push_back(key.to_string());
        if self.order.len() > self.cap {
            if let Some(old) = self.order.pop_front() {
                self.map.remove(&old);
                self.evicted.push(old);
            }
        }
    }
}

fn main() {
    let mut cache = Lru::new(3);
    cache.put("a", 1);
    cache.put("b", 2);
    cache.put("c", 3);
    println!("get a -> {:?}", cache.get("a"));
    cache.put("d", 4);
    println!("get b -> {:?}", cache.get("b"));
    cache.put("c", 30);
    cache.put("e", 5);
    for key in ["a", "b", "c", "d", "e"] {
        println!("{} -> {:?}", key, cache.get(key));
    }
    println!("order {:?}", cache.order);
    println!("evicted {:?}", cache.evicted);
}
