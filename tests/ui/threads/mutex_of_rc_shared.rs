use std::rc::Rc;
use std::sync::{Arc, Mutex};
use std::thread;
fn main() {
    let m = Arc::new(Mutex::new(Rc::new(1)));
    let m2 = Arc::clone(&m);
    thread::spawn(move || {
        let g = m2.lock().unwrap();
        println!("{}", g);
    })
    .join()
    .unwrap();
}
