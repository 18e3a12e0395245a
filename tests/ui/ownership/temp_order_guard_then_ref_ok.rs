// Temporaries of one statement drop in reverse order of creation: the `Ref` made from
// the guard goes before the guard, so borrowing through a lock or a nested RefCell is fine.
use std::cell::RefCell;
use std::sync::Mutex;

fn total(m: &Mutex<RefCell<i32>>, c: &RefCell<RefCell<i32>>) -> i32 {
    *m.lock().unwrap().borrow() + *c.borrow().borrow()
}

fn main() {
    let m = Mutex::new(RefCell::new(1));
    let c = RefCell::new(RefCell::new(10));
    println!("{}", m.lock().unwrap().borrow());
    println!("{}", c.borrow().borrow());
    let n = *c.borrow().borrow() + 1;
    *c.borrow().borrow_mut() += n;
    if *m.lock().unwrap().borrow() == 1 {
        println!("one");
    }
    let k = match *c.borrow().borrow() {
        21 => "twenty-one",
        _ => "other",
    };
    println!("{} {}", k, total(&m, &c));
}
