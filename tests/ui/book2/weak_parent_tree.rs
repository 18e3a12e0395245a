// smart pointers: a tree with Rc children and Weak parent pointers
use std::cell::RefCell;
use std::rc::{Rc, Weak};

#[derive(Debug)]
struct Dir {
    name: String,
    parent: RefCell<Weak<Dir>>,
    children: RefCell<Vec<Rc<Dir>>>,
}

fn dir(name: &str) -> Rc<Dir> {
    Rc::new(Dir {
        name: name.to_string(),
        parent: RefCell::new(Weak::new()),
        children: RefCell::new(vec![]),
    })
}

fn attach(parent: &Rc<Dir>, child: &Rc<Dir>) {
    *child.parent.borrow_mut() = Rc::downgrade(parent);
    parent.children.borrow_mut().push(Rc::clone(child));
}

fn path(d: &Rc<Dir>) -> String {
    match d.parent.borrow().upgrade() {
        Some(p) => format!("{}/{}", path(&p), d.name),
        None => d.name.clone(),
    }
}

fn main() {
    let root = dir("root");
    let src = dir("src");
    let bin = dir("bin");
    println!("src parent before: {:?}", src.parent.borrow().upgrade().map(|p| p.name.clone()));
    attach(&root, &src);
    attach(&src, &bin);
    println!("{}", path(&bin));
    println!(
        "root strong={} weak={}",
        Rc::strong_count(&root),
        Rc::weak_count(&root)
    );
    println!(
        "src strong={} weak={}",
        Rc::strong_count(&src),
        Rc::weak_count(&src)
    );

    let orphan_parent;
    {
        let temp = dir("tmp");
        let leaf = dir("leaf");
        attach(&temp, &leaf);
        orphan_parent = leaf;
        println!("inside: {}", path(&orphan_parent));
    }
    println!("after: {}", path(&orphan_parent));
    println!("parent alive: {}", orphan_parent.parent.borrow().upgrade().is_some());
    let names: Vec<String> = root.children.borrow().iter().map(|c| c.name.clone()).collect();
    println!("{:?}", names);
}
