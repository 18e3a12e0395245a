// an LRU cache that peeks at the oldest key and then pushes a new key while still holding it
use std::collections::VecDeque;

struct Lru {
    cap: usize,
    order: VecDeque<String>,
}

impl Lru {
    fn touch(&mut self, key: &str) -> Option<String> {
        self.order.retain(|k| k != key);
        let oldest = self.order.front();
        self.order.push_back(key.to_string());
        if self.order.len() > self.cap {
            let gone = oldest.cloned();
            self.order.pop_front();
            return gone;
        }
        None
    }
}

fn main() {
    let mut lru = Lru { cap: 2, order: VecDeque::new() };
    for key in ["x", "y", "x", "z", "w"] {
        if let Some(gone) = lru.touch(key) {
            println!("evicted {}", gone);
        }
    }
    println!("{:?}", lru.order);
}
