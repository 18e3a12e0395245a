// smart pointers: `&cell.borrow()[0]` in a let extends the Ref temporary to the enclosing block
use std::cell::RefCell;

fn main() {
    let cell = RefCell::new(vec![1, 2, 3]);
    let first: &i32 = &cell.borrow()[0];
    println!("{first}");
}
