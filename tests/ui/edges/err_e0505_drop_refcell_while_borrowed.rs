// dropping a RefCell while a guard borrowed from it is still used
use std::cell::RefCell;
fn main() {
    let c = RefCell::new(vec![1]);
    let g = c.borrow();
    drop(c);
    println!("{:?}", g);
}
