// Rc<RefCell<..>> shared state between observers, Rc::clone, strong_count, borrow_mut scopes
use std::cell::RefCell;
use std::rc::Rc;

struct Logger {
    lines: Vec<String>,
}

struct Sensor {
    name: String,
    log: Rc<RefCell<Logger>>,
    readings: RefCell<Vec<i32>>,
}

impl Sensor {
    fn record(&self, value: i32) {
        self.readings.borrow_mut().push(value);
        self.log.borrow_mut().lines.push(format!("{} read {}", self.name, value));
    }

    fn average(&self) -> Option<f64> {
        let r = self.readings.borrow();
        if r.is_empty() {
            None
        } else {
            Some(r.iter().sum::<i32>() as f64 / r.len() as f64)
        }
    }
}

fn main() {
    let log = Rc::new(RefCell::new(Logger { lines: Vec::new() }));
    let temp = Sensor { name: "temp".into(), log: Rc::clone(&log), readings: RefCell::new(vec![]) };
    let hum = Sensor { name: "hum".into(), log: log.clone(), readings: RefCell::new(vec![]) };
    println!("log owners: {}", Rc::strong_count(&log));

    for (i, v) in [21, 23, 22, 25].iter().enumerate() {
        temp.record(*v);
        if i % 2 == 0 {
            hum.record(40 + *v);
        }
    }

    {
        let l = log.borrow();
        for line in l.lines.iter() {
            println!("{}", line);
        }
    }
    log.borrow_mut().lines.clear();
    println!("cleared, now {} lines", log.borrow().lines.len());

    for s in [&temp, &hum] {
        match s.average() {
            Some(a) => println!("{} avg {:.2}", s.name, a),
            None => println!("{} no data", s.name),
        }
    }
    drop(hum);
    println!("log owners after drop: {}", Rc::strong_count(&log));
    let empty = Sensor { name: "x".into(), log, readings: RefCell::new(Vec::new()) };
    println!("empty avg: {:?}", empty.average());
}
