// concurrency: sharing a &Cell with a scoped thread needs Sync
use std::cell::Cell;
use std::thread;

fn main() {
    let counter = Cell::new(0);
    thread::scope(|s| {
        s.spawn(|| counter.set(counter.get() + 1));
    });
    println!("{}", counter.get());
}
