// borrowing: a RefCell guard dropped before borrow_mut
use std::cell::RefCell;
fn main() {
    let c = RefCell::new(vec![1]);
    let b = c.borrow();
    println!("{:?}", b);
    drop(b);
    c.borrow_mut().push(2);
    println!("{:?}", c.borrow());
}
