// A shared inventory behind Rc<RefCell<..>> whose observer callback re-borrows the store
// while it is mutably borrowed: rustc accepts it and the program panics at run time.
use std::cell::RefCell;
use std::rc::Rc;

struct Store {
    items: Vec<(String, u32)>,
    listeners: Vec<Box<dyn Fn(&str, u32)>>,
}

impl Store {
    fn add(&mut self, name: &str, qty: u32) {
        self.items.push((name.to_string(), qty));
        for l in &self.listeners {
            l(name, qty);
        }
    }
    fn total(&self) -> u32 {
        self.items.iter().map(|(_, q)| q).sum()
    }
}

struct Noisy(&'static str);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn main() {
    let store = Rc::new(RefCell::new(Store { items: vec![], listeners: vec![] }));
    let log = Rc::new(RefCell::new(Vec::new()));
    {
        let log = Rc::clone(&log);
        store.borrow_mut().listeners.push(Box::new(move |n, q| log.borrow_mut().push(format!("{}x{}", q, n))));
    }
    store.borrow_mut().add("bolt", 4);
    store.borrow_mut().add("nut", 9);
    println!("log {:?} total {}", log.borrow(), store.borrow().total());
    println!("rc counts: store {} log {}", Rc::strong_count(&store), Rc::strong_count(&log));

    let _guard = Noisy("guard");
    let weak_store = Rc::downgrade(&store);
    store.borrow_mut().listeners.push(Box::new(move |n, _| {
        if let Some(s) = weak_store.upgrade() {
            println!("listener sees {} items while adding {}", s.borrow().items.len(), n);
        }
    }));
    println!("adding with a re-borrowing listener");
    store.borrow_mut().add("washer", 1);
    println!("not reached");
}
