// smart pointers: Cell for Copy counters inside shared structs, get/set/replace/take
use std::cell::Cell;

struct Sensor {
    name: &'static str,
    hits: Cell<u32>,
    last: Cell<Option<i32>>,
}

impl Sensor {
    fn record(&self, value: i32) {
        self.hits.set(self.hits.get() + 1);
        let prev = self.last.replace(Some(value));
        if let Some(p) = prev {
            println!("{}: {} -> {}", self.name, p, value);
        } else {
            println!("{}: first value {}", self.name, value);
        }
    }
}

fn bump_all(cells: &[Cell<i32>]) {
    for c in cells {
        c.set(c.get() * 2);
    }
}

fn main() {
    let s = Sensor { name: "temp", hits: Cell::new(0), last: Cell::new(None) };
    let r1 = &s;
    let r2 = &s;
    r1.record(20);
    r2.record(22);
    r1.record(19);
    println!("hits {}", s.hits.get());
    let reset = s.hits.take();
    println!("took {reset}, now {}", s.hits.get());

    let cells: Vec<Cell<i32>> = (1..=4).map(Cell::new).collect();
    bump_all(&cells);
    bump_all(&cells[2..]);
    let values: Vec<i32> = cells.iter().map(Cell::get).collect();
    println!("{:?}", values);

    let mut plain = Cell::new(7);
    *plain.get_mut() += 1;
    let inner = plain.into_inner();
    println!("inner {inner}");

    let flag = Cell::new(false);
    let toggle = || flag.set(!flag.get());
    toggle();
    toggle();
    toggle();
    println!("flag {}", flag.get());
}
