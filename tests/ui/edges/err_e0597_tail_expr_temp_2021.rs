// in edition 2021 a block tail's temporaries are dropped after the block's locals
use std::cell::RefCell;
fn count() -> usize {
    let c = RefCell::new(vec![1, 2]);
    c.borrow().len()
}
fn main() {
    println!("{}", count());
}
