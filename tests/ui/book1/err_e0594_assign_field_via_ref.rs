// structs: assigning to a field through a shared reference in a &self method
struct Counter {
    hits: u32,
}

impl Counter {
    fn record(&self) {
        self.hits += 1;
    }
}

fn main() {
    let c = Counter { hits: 0 };
    c.record();
    println!("{}", c.hits);
}
