use std::sync::atomic::{AtomicUsize, Ordering};
use std::thread;
static HITS: AtomicUsize = AtomicUsize::new(0);

fn main() {
    let hs: Vec<_> = (0..4).map(|_| thread::spawn(|| HITS.fetch_add(1, Ordering::SeqCst))).collect();
    for h in hs {
        h.join().unwrap();
    }
    println!("{}", HITS.load(Ordering::SeqCst));
}
