use std::rc::Rc;
use std::thread;
fn main() {
    let r = Rc::new(1);
    let w = Rc::downgrade(&r);
    thread::spawn(move || w.upgrade().is_some()).join().unwrap();
}
