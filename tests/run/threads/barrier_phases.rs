use std::sync::{Arc, Barrier, Mutex};
use std::thread;

fn main() {
    let barrier = Arc::new(Barrier::new(3));
    let log = Arc::new(Mutex::new(Vec::new()));
    let hs: Vec<_> = (0..3)
        .map(|i| {
            let b = Arc::clone(&barrier);
            let log = Arc::clone(&log);
            thread::spawn(move || {
                log.lock().unwrap().push(format!("a{}", i));
                let leader = b.wait().is_leader();
                log.lock().unwrap().push(format!("b{}", i));
                leader
            })
        })
        .collect();
    let leaders = hs.into_iter().map(|h| h.join().unwrap()).filter(|l| *l).count();
    let log = log.lock().unwrap();
    let first_b = log.iter().position(|s| s.starts_with('b')).unwrap();
    println!("leaders={} all a before b: {}", leaders, first_b == 3);
}
