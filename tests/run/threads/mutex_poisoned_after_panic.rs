use std::sync::{Arc, Mutex};
use std::thread;

fn main() {
    let m = Arc::new(Mutex::new(vec![1]));
    let m2 = Arc::clone(&m);
    let r = thread::spawn(move || {
        let mut g = m2.lock().unwrap();
        g.push(2);
        if g.len() == 2 {
            panic!("oops with {} items", g.len());
        }
    })
    .join();
    println!("join err: {}", r.is_err());
    println!("poisoned: {}", m.is_poisoned());
    match m.lock() {
        Ok(_) => println!("not poisoned"),
        Err(e) => println!("recovered {:?}", *e.into_inner()),
    };
}
