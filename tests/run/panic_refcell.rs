// panics: a RefCell borrowed while mutably borrowed
use std::cell::RefCell;

fn main() {
    let cell = RefCell::new(vec![1, 2]);
    {
        let r1 = cell.borrow();
        let r2 = cell.borrow();
        println!("two readers {} {}", r1.len(), r2.len());
    }
    cell.borrow_mut().push(3);
    println!("{:?}", cell.borrow());
    let w = cell.borrow_mut();
    println!("writer holds {}", w.len());
    let r = cell.borrow();
    println!("never {}", r.len());
}
