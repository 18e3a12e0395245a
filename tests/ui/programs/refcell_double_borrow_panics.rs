// a shared counter in Rc<RefCell<..>> whose second borrow_mut while the first is alive panics at run time
use std::cell::RefCell;
use std::rc::Rc;

struct Counter {
    hits: u32,
    names: Vec<String>,
}

fn record(c: &Rc<RefCell<Counter>>, who: &str) {
    let mut guard = c.borrow_mut();
    guard.hits += 1;
    guard.names.push(who.to_string());
}

fn main() {
    let shared = Rc::new(RefCell::new(Counter { hits: 0, names: Vec::new() }));
    let other = Rc::clone(&shared);
    record(&shared, "a");
    record(&other, "b");
    println!("hits so far {}", shared.borrow().hits);
    let reader = shared.borrow();
    println!("first name {}", reader.names[0]);
    record(&other, "c");
    println!("unreachable {}", reader.hits);
    report(&shared);
}

fn report(c: &Rc<RefCell<Counter>>) {
    let guard = c.borrow();
    let mut names = guard.names.clone();
    names.sort();
    println!("{} hits by {:?}", guard.hits, names);
}
