// A doubly linked list with Rc<RefCell<Node>> forward links and Weak back links:
// push/pop at both ends, iteration both ways, and drop order showing no leaks.
use std::cell::RefCell;
use std::rc::{Rc, Weak};

struct Node {
    val: String,
    next: Option<Rc<RefCell<Node>>>,
    prev: Option<Weak<RefCell<Node>>>,
}

impl Drop for Node {
    fn drop(&mut self) {
        println!("  free {}", self.val);
    }
}

#[derive(Default)]
struct DList {
    head: Option<Rc<RefCell<Node>>>,
    tail: Option<Rc<RefCell<Node>>>,
    len: usize,
}

impl DList {
    fn push_back(&mut self, v: &str) {
        let node = Rc::new(RefCell::new(Node { val: v.to_string(), next: None, prev: None }));
        match self.tail.take() {
            Some(old) => {
                node.borrow_mut().prev = Some(Rc::downgrade(&old));
                old.borrow_mut().next = Some(Rc::clone(&node));
                self.tail = Some(node);
            }
            None => {
                self.head = Some(Rc::clone(&node));
                self.tail = Some(node);
            }
        }
        self.len += 1;
    }
    fn push_front(&mut self, v: &str) {
        let node = Rc::new(RefCell::new(Node { val: v.to_string(), next: None, prev: None }));
        match self.head.take() {
            Some(old) => {
                old.borrow_mut().prev = Some(Rc::downgrade(&node));
                node.borrow_mut().next = Some(old);
                self.head = Some(node);
            }
            None => {
                self.tail = Some(Rc::clone(&node));
                self.head = Some(node);
            }
        }
        self.len += 1;
    }
    fn pop_front(&mut self) -> Option<String> {
        self.head.take().map(|old| {
            match old.borrow_mut().next.take() {
                Some(next) => {
                    next.borrow_mut().prev = None;
                    self.head = Some(next);
                }
                None => {
                    self.tail = None;
                }
            }
            self.len -= 1;
            let v = old.borrow().val.clone();
            v
        })
    }
    fn pop_back(&mut self) -> Option<String> {
        self.tail.take().map(|old| {
            match old.borrow_mut().prev.take().and_then(|w| w.upgrade()) {
                Some(prev) => {
                    prev.borrow_mut().next = None;
                    self.tail = Some(prev);
                }
                None => {
                    self.head = None;
                }
            }
            self.len -= 1;
            let v = old.borrow().val.clone();
            v
        })
    }
    fn forward(&self) -> Vec<String> {
        let mut out = vec![];
        let mut cur = self.head.clone();
        while let Some(n) = cur {
            out.push(n.borrow().val.clone());
            cur = n.borrow().next.clone();
        }
        out
    }
    fn backward(&self) -> Vec<String> {
        let mut out = vec![];
        let mut cur = self.tail.clone();
        while let Some(n) = cur {
            out.push(n.borrow().val.clone());
            cur = n.borrow().prev.as_ref().and_then(|w| w.upgrade());
        }
        out
    }
}

fn main() {
    let mut l = DList::default();
    for w in ["b", "c", "d"] {
        l.push_back(w);
    }
    l.push_front("a");
    println!("fwd {:?} back {:?} len {}", l.forward(), l.backward(), l.len);
    println!("pop_front {:?}", l.pop_front());
    println!("pop_back {:?}", l.pop_back());
    println!("fwd {:?} len {}", l.forward(), l.len);
    if let Some(h) = &l.head {
        println!("head strong={} weak={}", Rc::strong_count(h), Rc::weak_count(h));
    }
    l.push_back("e");
    println!("dropping list with {:?}", l.forward());
    drop(l);
    println!("done");
}
