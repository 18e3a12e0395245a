// smart pointers: Rc<RefCell<T>> shared between owners, mutated through any handle
use std::cell::RefCell;
use std::collections::BTreeMap;
use std::rc::Rc;

#[derive(Debug)]
struct Wallet {
    owner: String,
    coins: u32,
}

type Shared = Rc<RefCell<Wallet>>;

struct Family {
    members: BTreeMap<String, Shared>,
}

impl Family {
    fn pay(&self, from: &str, to: &str, n: u32) -> Result<(), String> {
        let src = self.members.get(from).ok_or(format!("no {from}"))?;
        let dst = self.members.get(to).ok_or(format!("no {to}"))?;
        if src.borrow().coins < n {
            return Err(format!("{from} is short"));
        }
        src.borrow_mut().coins -= n;
        dst.borrow_mut().coins += n;
        Ok(())
    }
}

fn main() {
    let joint: Shared = Rc::new(RefCell::new(Wallet { owner: "joint".into(), coins: 100 }));
    let kid = Rc::new(RefCell::new(Wallet { owner: "kid".into(), coins: 5 }));
    let mut members = BTreeMap::new();
    members.insert("mom".to_string(), Rc::clone(&joint));
    members.insert("dad".to_string(), Rc::clone(&joint));
    members.insert("kid".to_string(), Rc::clone(&kid));
    let fam = Family { members };

    println!("{:?}", fam.pay("mom", "kid", 30));
    println!("{:?}", fam.pay("kid", "dad", 50));
    println!("{:?}", fam.pay("dad", "kid", 10));
    println!("{:?}", fam.pay("grandpa", "kid", 1));
    for (name, w) in &fam.members {
        let w = w.borrow();
        println!("{name}: {} has {}", w.owner, w.coins);
    }
    kid.borrow_mut().owner.push_str(" (teen)");
    println!("{:?}", kid.borrow());
    println!("joint handles: {}", Rc::strong_count(&joint));
    let snapshot = joint.borrow().coins;
    joint.replace(Wallet { owner: "new joint".into(), coins: snapshot * 2 });
    println!("{:?}", fam.members["mom"].borrow());
}
