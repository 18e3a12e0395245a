// Concurrent data access (E0277): `Rc` counts its owners without atomics, so sharing it
// with another thread could corrupt the count. `Arc` (and a Mutex for writes) is the fix.
use std::rc::Rc;
use std::thread;

fn main() {
    let visits = Rc::new(0);
    let shared = Rc::clone(&visits);
    let worker = thread::spawn(move || {
        println!("worker sees {} visits", shared);
    });
    worker.join().unwrap();
}
