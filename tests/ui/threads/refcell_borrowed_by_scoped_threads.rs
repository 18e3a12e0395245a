use std::cell::RefCell;
use std::thread;
fn main() {
    let r = RefCell::new(vec![1]);
    thread::scope(|s| {
        s.spawn(|| r.borrow_mut().push(2));
    });
    println!("{:?}", r.borrow());
}
