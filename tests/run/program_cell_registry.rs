// a registry of counters: Cell/RefCell/Rc used through fn values (`.map(Cell::new)`,
// `.map(Rc::new)`), generic constructors through a type parameter in a closure,
// promoted constant tables returned from fns, peekable grouping
use std::cell::{Cell, RefCell};
use std::rc::Rc;

trait Unit { fn new(v: u32) -> Self; fn show(&self) -> String; }

#[derive(Debug)]
struct Meters(u32);
#[derive(Debug)]
struct Feet(u32);

impl Unit for Meters { fn new(v: u32) -> Self { Meters(v) } fn show(&self) -> String { format!("{}m", self.0) } }
impl Unit for Feet { fn new(v: u32) -> Self { Feet(v * 3) } fn show(&self) -> String { format!("{}ft", self.0) } }

fn convert_all<U: Unit>(xs: &[u32]) -> Vec<U> {
    xs.iter().map(|&x| U::new(x)).filter(|u| !u.show().starts_with('0')).collect()
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Level { Low, Mid, High }

fn thresholds() -> &'static [(u32, Level)] {
    &[(10, Level::Low), (50, Level::Mid), (u32::MAX, Level::High)]
}

fn default_level() -> &'static Option<Level> {
    &Some(Level::Mid)
}

fn level_of(v: u32) -> Level {
    thresholds().iter().find(|(t, _)| v <= *t).map(|&(_, l)| l).unwrap_or(Level::High)
}

fn main() {
    let counters: Vec<Cell<u32>> = (1..=4).map(Cell::new).collect();
    for (i, c) in counters.iter().enumerate() {
        c.set(c.get() * 10 + i as u32);
    }
    let vals: Vec<u32> = counters.iter().map(Cell::get).collect();
    println!("{:?}", vals);

    let shared: Vec<Rc<RefCell<String>>> = ["a", "b"].iter().map(|s| s.to_string()).map(RefCell::new).map(Rc::new).collect();
    let alias = Rc::clone(&shared[1]);
    alias.borrow_mut().push_str("!!");
    println!("{:?} rc={}", shared.iter().map(|s| s.borrow().clone()).collect::<Vec<_>>(), Rc::strong_count(&alias));

    let m: Vec<Meters> = convert_all(&[0, 5, 12]);
    let f: Vec<Feet> = convert_all(&[0, 5, 12]);
    println!("{:?} {:?}", m, f);
    println!("{}", f.iter().map(Unit::show).collect::<Vec<_>>().join(","));

    let samples = [3, 3, 40, 40, 40, 7, 99, 99];
    let mut it = samples.iter().peekable();
    let mut runs = Vec::new();
    while let Some(&x) = it.next() {
        let mut n = 1;
        while it.peek() == Some(&&x) {
            it.next();
            n += 1;
        }
        runs.push(format!("{x}x{n}:{:?}", level_of(x)));
    }
    println!("{}", runs.join(" "));
    println!("{:?} {}", default_level(), default_level().map_or(false, |l| l == Level::Mid));
    let pairs = [(1, 'x'), (2, 'y')].iter();
    println!("{:?}", pairs.map(|&(n, c)| format!("{c}{n}")).collect::<Vec<_>>());
}
