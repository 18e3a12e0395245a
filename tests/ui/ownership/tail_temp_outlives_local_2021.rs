// Edition 2021: a block's tail temporaries are dropped after the block's locals, so a
// `Ref` guard built in the tail outlives the RefCell it borrows.
use std::cell::RefCell;

fn total() -> usize {
    let cell = RefCell::new(vec![4, 5, 6]);
    cell.borrow().len()
}

fn main() {
    let width = {
        let label = RefCell::new(String::from("abc"));
        label.borrow().len()
    };
    println!("{} {}", total(), width);
}
