// The guard is a temporary of the `let`; the `Ref` borrowed from it is kept in `r`.
use std::cell::RefCell;
use std::sync::Mutex;

fn main() {
    let m = Mutex::new(RefCell::new(1));
    let r = m.lock().unwrap().borrow();
    println!("{}", r);
}
