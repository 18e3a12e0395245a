use std::cell::Cell;
use std::thread;
fn main() {
    let c = Cell::new(0);
    thread::scope(|s| {
        s.spawn(|| c.set(1));
    });
    println!("{}", c.get());
}
