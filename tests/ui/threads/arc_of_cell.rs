use std::cell::Cell;
use std::sync::Arc;
use std::thread;
fn main() {
    let a = Arc::new(Cell::new(1));
    let b = a.clone();
    thread::spawn(move || b.set(2)).join().unwrap();
    println!("{}", a.get());
}
