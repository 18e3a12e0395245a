use std::sync::{Arc, RwLock};
use std::thread;

fn main() {
    let cfg = Arc::new(RwLock::new(String::from("v1")));
    {
        let a = cfg.read().unwrap();
        let b = cfg.read().unwrap();
        println!("two readers: {} {}", *a, *b);
    }
    let w = Arc::clone(&cfg);
    thread::spawn(move || w.write().unwrap().push_str("-patched")).join().unwrap();
    println!("after write: {}", cfg.read().unwrap());
}
