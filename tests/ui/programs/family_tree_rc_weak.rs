// a family tree of Rc<RefCell<Person>> with Weak parent links, ancestry walks and reference counts after drops
use std::cell::RefCell;
use std::rc::{Rc, Weak};

struct Person {
    name: String,
    parent: RefCell<Weak<Person>>,
    children: RefCell<Vec<Rc<Person>>>,
}

fn person(name: &str) -> Rc<Person> {
    Rc::new(Person { name: name.to_string(), parent: RefCell::new(Weak::new()), children: RefCell::new(vec![]) })
}

fn adopt(parent: &Rc<Person>, child: &Rc<Person>) {
    *child.parent.borrow_mut() = Rc::downgrade(parent);
    parent.children.borrow_mut().push(Rc::clone(child));
}

fn ancestry(p: &Rc<Person>) -> Vec<String> {
    let mut names = vec![p.name.clone()];
    let mut cur = p.parent.borrow().upgrade();
    while let Some(up) = cur {
        names.push(up.name.clone());
        cur = up.parent.borrow().upgrade();
    }
    names
}

fn descendants(p: &Rc<Person>) -> usize {
    p.children.borrow().iter().map(|c| 1 + descendants(c)).sum()
}

fn main() {
    let grandma = person("grandma");
    let mom = person("mom");
    let kid = person("kid");
    let cousin = person("cousin");
    adopt(&grandma, &mom);
    adopt(&mom, &kid);
    adopt(&grandma, &cousin);
    println!("{}", ancestry(&kid).join(" <- "));
    println!("grandma has {} descendants", descendants(&grandma));
    println!("mom strong={} weak={}", Rc::strong_count(&mom), Rc::weak_count(&mom));
    drop(grandma);
    println!("kid's grandparent alive: {}", mom.parent.borrow().upgrade().is_some());
    println!("{}", ancestry(&kid).join(" <- "));
    println!("mom strong={} after grandma dropped", Rc::strong_count(&mom));
    println!("cousin strong={}", Rc::strong_count(&cousin));
}
