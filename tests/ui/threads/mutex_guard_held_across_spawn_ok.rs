use std::sync::{Arc, Mutex};
use std::thread;
fn main() {
    let m = Arc::new(Mutex::new(vec![1, 2]));
    let m2 = Arc::clone(&m);
    let len = {
        let g = m.lock().unwrap();
        g.len()
    };
    let h = thread::spawn(move || m2.lock().unwrap().push(3));
    h.join().unwrap();
    println!("{} {:?}", len, m.lock().unwrap());
}
