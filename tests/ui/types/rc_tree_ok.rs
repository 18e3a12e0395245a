use std::cell::{Cell, RefCell};
use std::rc::{Rc, Weak};

#[derive(Debug)]
struct Node {
    val: i32,
    children: Vec<Rc<RefCell<Node>>>,
    parent: RefCell<Weak<RefCell<Node>>>,
}

impl Node {
    fn new(val: i32) -> Rc<RefCell<Node>> {
        Rc::new(RefCell::new(Node { val, children: vec![], parent: RefCell::new(Weak::new()) }))
    }
}

fn add_child(p: &Rc<RefCell<Node>>, c: Rc<RefCell<Node>>) {
    let child = c.borrow();
    *child.parent.borrow_mut() = Rc::downgrade(p);
    drop(child);
    p.borrow_mut().children.push(c);
}

fn sum(n: &Rc<RefCell<Node>>) -> i32 {
    let node = n.borrow();
    node.val + node.children.iter().map(|c| sum(c)).sum::<i32>()
}

enum Tree {
    Leaf(i32),
    Branch(Box<Tree>, Box<Tree>),
}

impl Tree {
    fn depth(&self) -> usize {
        match self {
            Tree::Leaf(_) => 1,
            Tree::Branch(l, r) => 1 + l.depth().max(r.depth()),
        }
    }
    fn total(&self) -> i32 {
        match *self {
            Tree::Leaf(v) => v,
            Tree::Branch(ref l, ref r) => l.total() + r.total(),
        }
    }
}

struct Counter {
    hits: Cell<u32>,
}

impl Counter {
    fn hit(&self) {
        self.hits.set(self.hits.get() + 1);
    }
}

fn main() {
    let root = Node::new(1);
    let a = Node::new(2);
    let b = Node::new(3);
    add_child(&root, a.clone());
    add_child(&root, b);
    add_child(&a, Node::new(10));
    println!("{}", sum(&root));
    let a_ref = a.borrow();
    let par = a_ref.parent.borrow().upgrade();
    drop(a_ref);
    println!("{:?}", par.map(|p| p.borrow().val));
    println!("{} {}", Rc::strong_count(&a), Rc::weak_count(&root));
    a.borrow_mut().val = 20;
    println!("{}", sum(&root));
    let t = Tree::Branch(Box::new(Tree::Leaf(1)), Box::new(Tree::Branch(Box::new(Tree::Leaf(2)), Box::new(Tree::Leaf(3)))));
    println!("{} {}", t.depth(), t.total());
    let c = Counter { hits: Cell::new(0) };
    c.hit();
    c.hit();
    println!("{}", c.hits.get());
    let shared = Rc::new(RefCell::new(vec![1]));
    let s2 = Rc::clone(&shared);
    s2.borrow_mut().push(2);
    {
        let r = shared.borrow();
        println!("{:?} {}", *r, r.len());
    }
    if let Ok(mut w) = shared.try_borrow_mut() {
        w.push(3);
    }
    println!("{:?}", shared.borrow());
}
