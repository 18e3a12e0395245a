use std::sync::atomic::{AtomicBool, AtomicI32, AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, OnceLock};
use std::thread;

static CONFIG: OnceLock<String> = OnceLock::new();

fn main() {
    let hits = Arc::new(AtomicUsize::new(0));
    let hs: Vec<_> = (0..5)
        .map(|_| {
            let h = Arc::clone(&hits);
            thread::spawn(move || {
                h.fetch_add(2, Ordering::Relaxed);
            })
        })
        .collect();
    for h in hs {
        h.join().unwrap();
    }
    println!("hits = {}", hits.load(Ordering::SeqCst));
    let flag = AtomicBool::new(false);
    println!("swap {} now {}", flag.swap(true, Ordering::AcqRel), flag.load(Ordering::Acquire));
    let x = AtomicI32::new(5);
    println!("{:?} {:?}", x.compare_exchange(5, 9, Ordering::SeqCst, Ordering::SeqCst),
             x.compare_exchange(5, 1, Ordering::SeqCst, Ordering::SeqCst));
    println!("sub {} -> {}", x.fetch_sub(4, Ordering::SeqCst), x.load(Ordering::SeqCst));
    let big = AtomicU64::new(u64::MAX);
    big.fetch_add(1, Ordering::SeqCst);
    println!("wrapped {}", big.load(Ordering::SeqCst));
    let v = CONFIG.get_or_init(|| String::from("prod"));
    println!("{} {:?} {:?}", v, CONFIG.set(String::from("dev")), CONFIG.get());
}
