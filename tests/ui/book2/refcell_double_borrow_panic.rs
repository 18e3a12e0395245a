// smart pointers: a second borrow_mut while the first is alive panics at run time
use std::cell::RefCell;

struct Drop1(&'static str);
impl Drop for Drop1 {
    fn drop(&mut self) {
        println!("cleanup {}", self.0);
    }
}

fn transfer(from: &RefCell<Vec<i32>>, to: &RefCell<Vec<i32>>) {
    let mut src = from.borrow_mut();
    let mut dst = to.borrow_mut();
    while let Some(x) = src.pop() {
        dst.push(x);
    }
}

fn main() {
    let _guard = Drop1("main");
    let a = RefCell::new(vec![1, 2, 3]);
    let b = RefCell::new(vec![]);
    transfer(&a, &b);
    println!("a={:?} b={:?}", a.borrow(), b.borrow());
    println!("self transfer next");
    transfer(&b, &b);
    println!("unreachable");
}
