// Rc<RefCell<Node>> tree with Weak parent links, recursive sum, upgrade/downgrade
use std::cell::RefCell;
use std::rc::{Rc, Weak};

struct Node {
    name: String,
    size: u32,
    parent: RefCell<Weak<Node>>,
    children: RefCell<Vec<Rc<Node>>>,
}

fn node(name: &str, size: u32) -> Rc<Node> {
    Rc::new(Node {
        name: name.to_string(),
        size,
        parent: RefCell::new(Weak::new()),
        children: RefCell::new(Vec::new()),
    })
}

fn attach(parent: &Rc<Node>, child: Rc<Node>) {
    *child.parent.borrow_mut() = Rc::downgrade(parent);
    parent.children.borrow_mut().push(child);
}

fn total(n: &Node) -> u32 {
    n.size + n.children.borrow().iter().map(|c| total(c)).sum::<u32>()
}

fn path(n: &Rc<Node>) -> String {
    match n.parent.borrow().upgrade() {
        Some(p) => format!("{}/{}", path(&p), n.name),
        None => n.name.clone(),
    }
}

fn print_tree(n: &Node, depth: usize) {
    println!("{}{} ({})", "  ".repeat(depth), n.name, total(n));
    for c in n.children.borrow().iter() {
        print_tree(c, depth + 1);
    }
}

fn main() {
    let root = node("root", 0);
    let src = node("src", 4);
    let lib = node("lib.rs", 120);
    let main_rs = node("main.rs", 80);
    let docs = node("docs", 1);
    attach(&src, lib.clone());
    attach(&src, main_rs);
    attach(&root, src.clone());
    attach(&root, docs.clone());
    attach(&docs, node("README", 30));

    print_tree(&root, 0);
    println!("path of lib: {}", path(&lib));
    println!("src strong={} weak={}", Rc::strong_count(&src), Rc::weak_count(&src));
    let biggest = src.children.borrow().iter().max_by_key(|c| c.size).map(|c| c.name.clone());
    println!("biggest in src: {:?}", biggest);
    drop(root);
    println!("after drop, lib parent alive: {}", lib.parent.borrow().upgrade().is_some());
    println!("docs parent alive: {}", docs.parent.borrow().upgrade().is_some());
}
