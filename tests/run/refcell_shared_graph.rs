// interior mutability: Rc<RefCell<..>> graph, Weak parents, Cell counters
use std::cell::{Cell, RefCell};
use std::rc::{Rc, Weak};

#[derive(Debug)]
struct Node {
    name: String,
    children: RefCell<Vec<Rc<Node>>>,
    parent: RefCell<Weak<Node>>,
    visits: Cell<u32>,
}

impl Node {
    fn new(name: &str) -> Rc<Node> {
        Rc::new(Node {
            name: name.to_string(),
            children: RefCell::new(Vec::new()),
            parent: RefCell::new(Weak::new()),
            visits: Cell::new(0),
        })
    }
}

impl Drop for Node {
    fn drop(&mut self) {
        println!("drop node {}", self.name);
    }
}

fn main() {
    let root = Node::new("root");
    {
        let leaf = Node::new("leaf");
        *leaf.parent.borrow_mut() = Rc::downgrade(&root);
        root.children.borrow_mut().push(Rc::clone(&leaf));
        println!("leaf strong {} weak {}", Rc::strong_count(&leaf), Rc::weak_count(&leaf));
        println!("root strong {} weak {}", Rc::strong_count(&root), Rc::weak_count(&root));
        let p = leaf.parent.borrow().upgrade();
        println!("leaf parent {:?}", p.map(|n| n.name.clone()));
    }
    for child in root.children.borrow().iter() {
        child.visits.set(child.visits.get() + 1);
        println!("child {} visits {}", child.name, child.visits.get());
    }
    let shared = Rc::new(RefCell::new(vec![1, 2]));
    let a = Rc::clone(&shared);
    a.borrow_mut().push(3);
    {
        let view = shared.borrow();
        println!("{:?} len {}", *view, view.len());
    }
    let total: i32 = shared.borrow().iter().sum();
    println!("total {}", total);
    println!("end of main");
}
