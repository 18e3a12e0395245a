// concurrency: Arc<Mutex<T>> shared by many threads, plus an RwLock for config
use std::collections::HashMap;
use std::sync::{Arc, Mutex, RwLock};
use std::thread;

fn main() {
    let ledger: Arc<Mutex<HashMap<String, i64>>> = Arc::new(Mutex::new(HashMap::new()));
    let rate = Arc::new(RwLock::new(2i64));
    let mut handles = Vec::new();
    for i in 0..6 {
        let ledger = Arc::clone(&ledger);
        let rate = Arc::clone(&rate);
        handles.push(thread::spawn(move || {
            let r = *rate.read().unwrap();
            let who = if i % 2 == 0 { "even" } else { "odd" };
            let mut map = ledger.lock().unwrap();
            *map.entry(who.to_string()).or_insert(0) += i * r;
        }));
    }
    for h in handles {
        h.join().unwrap();
    }
    let map = ledger.lock().unwrap();
    let mut entries: Vec<_> = map.iter().collect();
    entries.sort();
    println!("{:?}", entries);
    drop(map);

    let counter = Arc::new(Mutex::new(0u32));
    let workers: Vec<_> = (0..8)
        .map(|_| {
            let c = Arc::clone(&counter);
            thread::spawn(move || {
                for _ in 0..100 {
                    *c.lock().unwrap() += 1;
                }
            })
        })
        .collect();
    for w in workers {
        w.join().unwrap();
    }
    println!("counter = {}", *counter.lock().unwrap());
    println!("arc count = {}", Arc::strong_count(&counter));
    {
        let mut w = rate.write().unwrap();
        *w = 3;
    }
    println!("rate now {}", rate.read().unwrap());
    let inner = Arc::try_unwrap(counter).unwrap().into_inner().unwrap();
    println!("inner {inner}");
}
