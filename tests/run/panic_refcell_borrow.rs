use std::cell::RefCell;
fn main() {
    let c = RefCell::new(vec![1]);
    {
        let r1 = c.borrow();
        let r2 = c.borrow();
        println!("{} {}", r1.len(), r2.len());
    }
    c.borrow_mut().push(2);
    let w = c.borrow_mut();
    println!("{:?}", c.try_borrow().is_err());
    let r = c.borrow();
    println!("{} {}", w.len(), r.len());
}
