use std::rc::Rc;
use std::sync::Arc;
use std::thread;
fn main() {
    let a = Arc::new(Rc::new(3));
    let b = Arc::clone(&a);
    thread::spawn(move || println!("{}", b)).join().unwrap();
}
