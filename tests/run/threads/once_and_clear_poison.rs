use std::sync::{Arc, Mutex, Once};
use std::cell::Cell;
use std::thread;
static INIT: Once = Once::new();
fn main() {
    let m = Arc::new(Mutex::new(Cell::new(1)));
    let hs: Vec<_> = (0..3).map(|i| { let m = m.clone(); thread::spawn(move || {
        INIT.call_once(|| println!("init by someone"));
        let g = m.lock().unwrap(); g.set(g.get() + i);
    })}).collect();
    for h in hs { h.join().unwrap(); }
    println!("{} {}", m.lock().unwrap().get(), INIT.is_completed());
    let p = Arc::new(Mutex::new(0));
    let p2 = p.clone();
    let _ = thread::spawn(move || { let _g = p2.lock().unwrap(); if true { panic!("x") } }).join();
    println!("{}", p.is_poisoned());
    p.clear_poison();
    println!("{} {:?}", p.is_poisoned(), p.lock().map(|g| *g));
}
