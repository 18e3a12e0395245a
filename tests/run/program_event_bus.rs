// an event bus: boxed closures in a struct, Rc<RefCell<..>> subscribers with Weak back
// links, Drop order of handlers, a custom Ord in a BTreeSet, HashSet set algebra,
// sort_by_cached_key, iter::repeat/zip/chain/rev/nth/rposition
use std::cell::RefCell;
use std::cmp::Ordering;
use std::collections::{BTreeSet, HashSet};
use std::rc::{Rc, Weak};

type Handler = Box<dyn Fn(&str) -> Option<String>>;

struct Bus { handlers: Vec<(String, Handler)>, log: Rc<RefCell<Vec<String>>> }

struct Subscriber { name: String, bus_log: Weak<RefCell<Vec<String>>> }

impl Drop for Subscriber {
    fn drop(&mut self) {
        match self.bus_log.upgrade() {
            Some(log) => log.borrow_mut().push(format!("bye {}", self.name)),
            None => println!("{} outlived the bus", self.name),
        }
    }
}

impl Bus {
    fn on(&mut self, topic: &str, h: Handler) { self.handlers.push((topic.to_string(), h)); }
    fn emit(&self, topic: &str, payload: &str) -> usize {
        let mut hits = 0;
        for (t, h) in &self.handlers {
            if t == topic || t == "*" {
                if let Some(out) = h(payload) {
                    self.log.borrow_mut().push(out);
                    hits += 1;
                }
            }
        }
        hits
    }
}

#[derive(Debug, PartialEq, Eq)]
struct Ev { prio: u8, name: &'static str }
impl Ord for Ev {
    fn cmp(&self, o: &Self) -> Ordering { o.prio.cmp(&self.prio).then_with(|| self.name.cmp(o.name)) }
}
impl PartialOrd for Ev { fn partial_cmp(&self, o: &Self) -> Option<Ordering> { Some(self.cmp(o)) } }

fn main() {
    let log = Rc::new(RefCell::new(Vec::new()));
    let mut bus = Bus { handlers: Vec::new(), log: Rc::clone(&log) };
    let prefix = String::from(">>");
    bus.on("greet", Box::new(move |p| Some(format!("{prefix} hello {p}"))));
    bus.on("*", Box::new(|p| if p.len() > 3 { Some(p.to_uppercase()) } else { None }));
    let counter = Rc::new(RefCell::new(0));
    let c2 = Rc::clone(&counter);
    bus.on("tick", Box::new(move |_| { *c2.borrow_mut() += 1; None }));
    println!("{} {} {}", bus.emit("greet", "ann"), bus.emit("tick", "t"), bus.emit("greet", "maria"));
    println!("{:?} ticks={} rc={}", log.borrow(), counter.borrow(), Rc::strong_count(&counter));

    let early = Subscriber { name: "early".into(), bus_log: Rc::downgrade(&log) };
    {
        let _inner = Subscriber { name: "inner".into(), bus_log: Rc::downgrade(&bus.log) };
    }
    drop(bus);
    println!("after bus: rc={} weak={} last={:?}", Rc::strong_count(&log), Rc::weak_count(&log), log.borrow().last());
    drop(log);
    drop(early);

    let evs: BTreeSet<Ev> = [Ev { prio: 1, name: "low" }, Ev { prio: 9, name: "fire" }, Ev { prio: 5, name: "b" },
                             Ev { prio: 5, name: "a" }].into_iter().collect();
    println!("{:?}", evs.iter().map(|e| e.name).collect::<Vec<_>>());
    println!("{:?}", evs.iter().next().map(|e| e.prio));

    let a: HashSet<i32> = (1..8).collect();
    let b: HashSet<i32> = (5..12).step_by(2).collect();
    let mut inter: Vec<_> = a.intersection(&b).copied().collect();
    let mut diff: Vec<_> = a.difference(&b).copied().collect();
    let mut uni: Vec<_> = a.union(&b).collect();
    inter.sort();
    diff.sort();
    uni.sort();
    println!("{:?} {:?} {} {}", inter, diff, uni.len(), a.is_subset(&b));

    let mut names = vec!["delta", "Alpha", "charlie", "Bravo", "echo"];
    names.sort_by_cached_key(|n| n.to_lowercase());
    println!("{:?}", names);
    let pad: String = std::iter::repeat('.').take(3).chain("end".chars().rev()).collect();
    let pairs: Vec<(char, i32)> = "xyz".chars().zip((1..).map(|i| i * i)).collect();
    println!("{pad} {:?} {:?} {:?}", pairs, names.iter().nth(2), names.iter().rposition(|n| n.len() == 5));
}
