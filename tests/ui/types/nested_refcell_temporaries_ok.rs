use std::cell::RefCell;
fn main() {
    let a = RefCell::new(RefCell::new(5));
    let v = *a.borrow().borrow();
    let w = a.borrow().borrow().clone();
    println!("{} {}", v, w);
}
