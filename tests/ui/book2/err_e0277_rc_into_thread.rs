// concurrency: an Rc counter handed to spawned threads is not Send
use std::rc::Rc;
use std::thread;

fn main() {
    let config = Rc::new(vec![1, 2, 3]);
    let mut handles = Vec::new();
    for i in 0..2 {
        let cfg = Rc::clone(&config);
        handles.push(thread::spawn(move || {
            println!("worker {i} sees {} entries", cfg.len());
        }));
    }
    for h in handles {
        h.join().unwrap();
    }
}
