// smart pointers: moving a Vec out of a RefCell's Ref by dereferencing it
use std::cell::RefCell;

fn main() {
    let cell = RefCell::new(vec![String::from("a")]);
    let inner: Vec<String> = *cell.borrow();
    println!("{:?}", inner);
}
