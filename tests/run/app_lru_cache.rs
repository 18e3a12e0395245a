// An LRU cache over HashMap + VecDeque with hit/miss statistics, generic over K and V,
// used to memoize an expensive function; Option combinators and entry-free updates.
use std::collections::{HashMap, VecDeque};
use std::fmt::Debug;
use std::hash::Hash;

struct Lru<K, V> {
    cap: usize,
    map: HashMap<K, V>,
    order: VecDeque<K>,
    hits: u32,
    misses: u32,
    evicted: Vec<K>,
}

impl<K: Hash + Eq + Clone + Debug, V: Clone> Lru<K, V> {
    fn new(cap: usize) -> Self {
        Lru { cap, map: HashMap::new(), order: VecDeque::new(), hits: 0, misses: 0, evicted: vec![] }
    }

    fn touch(&mut self, k: &K) {
        if let Some(pos) = self.order.iter().position(|x| x == k) {
            let key = self.order.remove(pos).unwrap();
            self.order.push_back(key);
        }
    }

    fn get(&mut self, k: &K) -> Option<V> {
        match self.map.get(k).cloned() {
            Some(v) => {
                self.hits += 1;
                self.touch(k);
                Some(v)
            }
            None => {
                self.misses += 1;
                None
            }
        }
    }

    fn put(&mut self, k: K, v: V) {
        if self.map.insert(k.clone(), v).is_some() {
            self.touch(&k);
            return;
        }
        self.order.push_back(k);
        if self.order.len() > self.cap {
            if let Some(old) = self.order.pop_front() {
                self.map.remove(&old);
                self.evicted.push(old);
            }
        }
    }

    fn get_or_insert_with<F: FnOnce(&K) -> V>(&mut self, k: K, f: F) -> V {
        if let Some(v) = self.get(&k) {
            return v;
        }
        let v = f(&k);
        self.put(k, v.clone());
        v
    }

    fn keys(&self) -> Vec<&K> {
        self.order.iter().collect()
    }
}

fn slow_divisors(n: u64) -> Vec<u64> {
    (1..=n).filter(|d| n % d == 0).collect()
}

fn main() {
    let mut c: Lru<&str, i32> = Lru::new(3);
    c.put("a", 1);
    c.put("b", 2);
    c.put("c", 3);
    println!("{:?}", c.get(&"a"));
    c.put("d", 4);
    println!("{:?} {:?}", c.get(&"b"), c.get(&"d"));
    c.put("a", 10);
    c.put("e", 5);
    println!("keys {:?} evicted {:?}", c.keys(), c.evicted);
    println!("hits {} misses {}", c.hits, c.misses);

    let mut memo: Lru<u64, Vec<u64>> = Lru::new(4);
    let queries = [12, 30, 12, 7, 30, 100, 64, 12, 7, 30];
    let mut calls = 0;
    for q in queries {
        let divs = memo.get_or_insert_with(q, |&n| {
            calls += 1;
            slow_divisors(n)
        });
        println!("{:>3}: {} divisors, largest proper {:?}", q, divs.len(), divs.iter().rev().nth(1));
    }
    println!("computed {} times, hits {}, misses {}, evicted {:?}", calls, memo.hits, memo.misses, memo.evicted);
    let total: usize = memo.keys().iter().map(|k| memo.map[*k].len()).sum();
    println!("cached divisor count {}", total);
    let maybe = memo.map.get(&999).map(|v| v.len()).unwrap_or_default();
    let label = memo.map.get(&64).filter(|v| v.len() > 5).map_or("few", |_| "many");
    println!("{} {}", maybe, label);
}
