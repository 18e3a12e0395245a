// a file-system tree of Rc<RefCell<Node>> with Weak parent links, sizes and full paths
use std::cell::RefCell;
use std::rc::{Rc, Weak};

struct Node {
    name: String,
    size: u64,
    parent: Weak<RefCell<Node>>,
    children: Vec<Rc<RefCell<Node>>>,
}

fn add(parent: &Rc<RefCell<Node>>, name: &str, size: u64) -> Rc<RefCell<Node>> {
    let child = Rc::new(RefCell::new(Node {
        name: name.to_string(),
        size,
        parent: Rc::downgrade(parent),
        children: Vec::new(),
    }));
    parent.borrow_mut().children.push(Rc::clone(&child));
    child
}

fn total(node: &Rc<RefCell<Node>>) -> u64 {
    let n = node.borrow();
    n.size + n.children.iter().map(total).sum::<u64>()
}

fn path(node: &Rc<RefCell<Node>>) -> String {
    let n = node.borrow();
    match n.parent.upgrade() {
        Some(p) => format!("{}/{}", path(&p), n.name),
        None => n.name.clone(),
    }
}

fn main() {
    let root = Rc::new(RefCell::new(Node { name: String::from(""), size: 0, parent: Weak::new(), children: vec![] }));
    let etc = add(&root, "etc", 0);
    let home = add(&root, "home", 0);
    let ana = add(&home, "ana", 0);
    add(&etc, "hosts", 120);
    let notes = add(&ana, "notes.txt", 900);
    add(&ana, "photo.png", 4000);
    println!("{} -> {} bytes", path(&notes), notes.borrow().size);
    notes.borrow_mut().size += 100;
    println!("home total {}", total(&home));
    println!("root total {}", total(&root));
    println!("ana has {} children, rc={}", ana.borrow().children.len(), Rc::strong_count(&ana));
    let names: Vec<String> = root.borrow().children.iter().map(|c| c.borrow().name.clone()).collect();
    println!("top level: {:?}", names);
}
