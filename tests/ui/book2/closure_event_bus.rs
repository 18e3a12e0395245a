// closures: an event bus storing Box<dyn FnMut> handlers keyed by name, with shared state via Rc<RefCell>
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

struct Bus {
    handlers: HashMap<String, Vec<Box<dyn FnMut(&str) -> bool>>>,
}

impl Bus {
    fn new() -> Self {
        Bus { handlers: HashMap::new() }
    }
    fn on<F>(&mut self, event: &str, f: F)
    where
        F: FnMut(&str) -> bool + 'static,
    {
        self.handlers.entry(event.to_string()).or_default().push(Box::new(f));
    }
    fn emit(&mut self, event: &str, payload: &str) -> usize {
        let mut handled = 0;
        if let Some(list) = self.handlers.get_mut(event) {
            for h in list.iter_mut() {
                if h(payload) {
                    handled += 1;
                }
            }
        }
        handled
    }
}

fn main() {
    let log = Rc::new(RefCell::new(Vec::<String>::new()));
    let mut bus = Bus::new();
    let l1 = Rc::clone(&log);
    bus.on("login", move |user| {
        l1.borrow_mut().push(format!("welcome {user}"));
        true
    });
    let mut seen = 0;
    bus.on("login", move |_| {
        seen += 1;
        seen % 2 == 0
    });
    let l2 = Rc::clone(&log);
    bus.on("logout", move |user| {
        l2.borrow_mut().push(format!("bye {user}"));
        user != "root"
    });
    println!("{}", bus.emit("login", "ann"));
    println!("{}", bus.emit("login", "bob"));
    println!("{}", bus.emit("logout", "root"));
    println!("{}", bus.emit("missing", "x"));
    for line in log.borrow().iter() {
        println!("{line}");
    }
    println!("rc count {}", Rc::strong_count(&log));
}
