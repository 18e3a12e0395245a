use std::sync::{Arc, Mutex};
use std::thread;

fn main() {
    let counter = Arc::new(Mutex::new(0u32));
    let mut handles = Vec::new();
    for _ in 0..8 {
        let c = Arc::clone(&counter);
        handles.push(thread::spawn(move || {
            for _ in 0..100 {
                *c.lock().unwrap() += 1;
            }
        }));
    }
    println!("strong while running: {}", Arc::strong_count(&counter) >= 1);
    for h in handles {
        h.join().unwrap();
    }
    println!("strong after join: {}", Arc::strong_count(&counter));
    let total = Arc::try_unwrap(counter).unwrap().into_inner().unwrap();
    println!("total = {}", total);
}
