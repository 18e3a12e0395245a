use std::sync::{Arc, Condvar, Mutex};
use std::thread;

fn main() {
    let pair = Arc::new((Mutex::new(Vec::<u32>::new()), Condvar::new()));
    let worker = {
        let pair = Arc::clone(&pair);
        thread::spawn(move || {
            let (lock, cv) = &*pair;
            let mut jobs = cv.wait_while(lock.lock().unwrap(), |j| j.len() < 3).unwrap();
            let total: u32 = jobs.drain(..).sum();
            total
        })
    };
    for n in [5, 6, 7] {
        let (lock, cv) = &*pair;
        lock.lock().unwrap().push(n);
        cv.notify_one();
    }
    println!("worker total = {}", worker.join().unwrap());
}
