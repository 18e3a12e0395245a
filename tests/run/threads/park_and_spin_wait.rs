use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::thread;
fn main() {
    let flag = Arc::new(AtomicBool::new(false));
    let f2 = Arc::clone(&flag);
    let parked = thread::spawn(move || {
        while !f2.load(Ordering::Acquire) {
            thread::park();
        }
        println!("unparked and saw flag");
    });
    flag.store(true, Ordering::Release);
    parked.thread().unpark();
    parked.join().unwrap();
    let spin = Arc::new(AtomicBool::new(false));
    let s2 = spin.clone();
    let h = thread::spawn(move || { let mut n = 0u64; while !s2.load(Ordering::SeqCst) { n += 1; std::hint::spin_loop(); } n > 0 || n == 0 });
    thread::sleep(std::time::Duration::from_millis(1));
    spin.store(true, Ordering::SeqCst);
    println!("{}", h.join().unwrap());
}
