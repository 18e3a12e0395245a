// smart pointers: mutating a Vec through a shared Rc without RefCell
use std::rc::Rc;

fn main() {
    let list = Rc::new(vec![1, 2]);
    let alias = Rc::clone(&list);
    alias.push(3);
    println!("{:?}", list);
}
