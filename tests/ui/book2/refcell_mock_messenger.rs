// smart pointers: interior mutability with RefCell behind &self and Rc<RefCell<T>>
use std::cell::RefCell;
use std::rc::Rc;

trait Notifier {
    fn notify(&self, msg: &str);
}

struct Recorder {
    sent: RefCell<Vec<String>>,
}

impl Notifier for Recorder {
    fn notify(&self, msg: &str) {
        self.sent.borrow_mut().push(msg.to_uppercase());
    }
}

struct Quota<'a, N: Notifier> {
    notifier: &'a N,
    used: u32,
    max: u32,
}

impl<'a, N: Notifier> Quota<'a, N> {
    fn set(&mut self, used: u32) {
        self.used = used;
        let pct = self.used * 100 / self.max;
        if pct >= 100 {
            self.notifier.notify("over quota");
        } else if pct >= 75 {
            self.notifier.notify("warning: 75%");
        }
    }
}

fn main() {
    let rec = Recorder { sent: RefCell::new(vec![]) };
    let mut q = Quota { notifier: &rec, used: 0, max: 200 };
    for u in [10, 160, 199, 250] {
        q.set(u);
    }
    println!("{:?}", rec.sent.borrow());
    println!("count {}", rec.sent.borrow().len());

    let shared = Rc::new(RefCell::new(vec![1, 2, 3]));
    let a = Rc::clone(&shared);
    let b = Rc::clone(&shared);
    a.borrow_mut().push(4);
    b.borrow_mut().retain(|x| x % 2 == 0);
    {
        let view = shared.borrow();
        let again = shared.borrow();
        println!("{:?} {}", *view, again.len());
    }
    *shared.borrow_mut() = vec![9];
    println!("{:?} rc={}", shared.borrow(), Rc::strong_count(&shared));
    let tryb = shared.try_borrow_mut().is_ok();
    println!("try_borrow_mut ok: {tryb}");
}
