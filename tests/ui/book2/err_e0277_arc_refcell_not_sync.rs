// concurrency: Arc<RefCell<T>> shared across threads is not Send because RefCell is not Sync
use std::cell::RefCell;
use std::sync::Arc;
use std::thread;

fn main() {
    let hits = Arc::new(RefCell::new(0u32));
    let h2 = Arc::clone(&hits);
    let t = thread::spawn(move || {
        *h2.borrow_mut() += 1;
    });
    t.join().unwrap();
    println!("{}", hits.borrow());
}
