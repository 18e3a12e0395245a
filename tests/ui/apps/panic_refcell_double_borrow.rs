// run-time panic: RefCell already borrowed (borrow_mut while an immutable borrow is alive)
use std::cell::RefCell;
use std::rc::Rc;

struct Account {
    owner: String,
    balance: RefCell<i64>,
    history: RefCell<Vec<i64>>,
}

impl Account {
    fn deposit(&self, amt: i64) {
        *self.balance.borrow_mut() += amt;
        self.history.borrow_mut().push(amt);
    }

    fn replay_doubled(&self) {
        let hist = self.history.borrow();
        for amt in hist.iter() {
            println!("replaying {}", amt);
            self.deposit(*amt);
        }
    }
}

fn main() {
    let acct = Rc::new(Account {
        owner: "kai".to_string(),
        balance: RefCell::new(0),
        history: RefCell::new(Vec::new()),
    });
    let alias = Rc::clone(&acct);
    acct.deposit(50);
    alias.deposit(-20);
    println!("{} has {}", acct.owner, acct.balance.borrow());
    println!("history {:?}", alias.history.borrow());
    acct.replay_doubled();
    println!("unreachable {}", acct.balance.borrow());
}
