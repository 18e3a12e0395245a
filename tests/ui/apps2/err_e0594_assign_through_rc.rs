// mutation: assigning a field through an `Rc` (E0594)
// A tree of Rc<RefCell<Node>> with Weak parent links, plus a small shared-ownership graph.
use std::cell::RefCell;
use std::rc::{Rc, Weak};

#[derive(Debug)]
struct Node {
    name: String,
    size: u32,
    parent: RefCell<Weak<Node>>,
    children: RefCell<Vec<Rc<Node>>>,
}

impl Node {
    fn new(name: &str, size: u32) -> Rc<Node> {
        Rc::new(Node { name: name.to_string(), size, parent: RefCell::new(Weak::new()), children: RefCell::new(vec![]) })
    }
    fn total(&self) -> u32 {
        self.size + self.children.borrow().iter().map(|c| c.total()).sum::<u32>()
    }
    fn path(&self) -> String {
        match self.parent.borrow().upgrade() {
            Some(p) => format!("{}/{}", p.path(), self.name),
            None => self.name.clone(),
        }
    }
}

impl Drop for Node {
    fn drop(&mut self) {
        println!("drop {}", self.name);
    }
}

fn add_child(parent: &Rc<Node>, child: Rc<Node>) {
    *child.parent.borrow_mut() = Rc::downgrade(parent);
    parent.children.borrow_mut().push(child);
}

struct Account {
    id: u32,
    balance: RefCell<i64>,
    log: RefCell<Vec<String>>,
}

fn pay(from: &Account, to: &Account, amt: i64) {
    *from.balance.borrow_mut() -= amt;
    *to.balance.borrow_mut() += amt;
    from.log.borrow_mut().push(format!("-{} to {}", amt, to.id));
    to.log.borrow_mut().push(format!("+{} from {}", amt, from.id));
}

fn main() {
    let root = Node::new("root", 1);
    {
        let etc = Node::new("etc", 4);
        let usr = Node::new("usr", 2);
        let bin = Node::new("bin", 40);
        add_child(&usr, bin.clone());
        add_child(&root, etc);
        add_child(&root, usr.clone());
        println!("bin path = {}", bin.path());
        println!("usr strong={} weak={}", Rc::strong_count(&usr), Rc::weak_count(&usr));
        let lib = Node::new("lib", 9);
        add_child(&usr, lib);
        println!("usr total = {}", usr.total());
    }
    println!("root total = {}", root.total());
    let names: Vec<String> = root.children.borrow().iter().map(|c| c.name.clone()).collect();
    println!("children {:?}", names);

    let orphan = {
        let usr = root.children.borrow()[1].clone();
        let first = usr.children.borrow_mut().remove(0);
        first
    };
    println!("orphan {} still thinks parent is {:?}", orphan.name, orphan.parent.borrow().upgrade().map(|p| p.name.clone()));
    drop(orphan);

    let a = Rc::new(Account { id: 1, balance: RefCell::new(100), log: RefCell::new(vec![]) });
    let b = Rc::new(Account { id: 2, balance: RefCell::new(5), log: RefCell::new(vec![]) });
    let ledger: Vec<Rc<Account>> = vec![a.clone(), b.clone(), a.clone()];
    pay(&ledger[0], &ledger[1], 30);
    pay(&b, &a, 10);
    for acc in ledger.iter().take(2) {
        println!("acct {} bal {} log {:?}", acc.id, acc.balance.borrow(), acc.log.borrow());
    }
    println!("a strong = {}", Rc::strong_count(&a));
    let w: Weak<Account> = Rc::downgrade(&b);
    drop(ledger);
    drop(b);
    println!("b alive? {}", w.upgrade().is_some());
    {
        let r = a.balance.borrow();
        println!("try_borrow_mut while borrowed: {}", a.balance.try_borrow_mut().is_err());
        println!("balance {}", *r);
    }
    a.id = 9;
    println!("end of main");
}
