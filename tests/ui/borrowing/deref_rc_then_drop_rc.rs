// borrowing: a reference through an Rc used after the Rc is dropped
use std::rc::Rc;
fn main() {
    let a = Rc::new(String::from("x"));
    let b = Rc::clone(&a);
    let r: &String = &b;
    drop(b);
    println!("{}", r);
}
