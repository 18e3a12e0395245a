// concurrency: a MutexGuard moved into a spawned thread is not Send
use std::sync::{Arc, Mutex};
use std::thread;

fn main() {
    let data = Arc::new(Mutex::new(vec![1]));
    let guard = data.lock().unwrap();
    let h = thread::spawn(move || {
        println!("{}", guard.len());
    });
    h.join().unwrap();
}
