use std::cell::RefCell;
use std::sync::{Arc, Mutex};
use std::thread;
fn main() {
    let m = Arc::new(Mutex::new(RefCell::new(1)));
    let m2 = Arc::clone(&m);
    thread::spawn(move || {
        let g = m2.lock().unwrap();
        *g.borrow_mut() += 41;
    })
    .join()
    .unwrap();
    println!("{}", m.lock().unwrap().borrow());
}
