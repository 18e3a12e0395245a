use std::cell::RefCell;
use std::thread;
fn main() {
    let r: &'static RefCell<i32> = Box::leak(Box::new(RefCell::new(1)));
    check(r);
}

fn check(r: &'static RefCell<i32>) {
    thread::spawn(move || *r.borrow_mut() += 1).join().unwrap();
}
