// Edition 2024: the tail's temporaries (two `Ref`s) drop before the block's local `c`.
use std::cell::RefCell;

fn inner() -> i32 {
    let c = RefCell::new(RefCell::new(1));
    *c.borrow().borrow()
}

fn main() {
    println!("{}", inner());
}
