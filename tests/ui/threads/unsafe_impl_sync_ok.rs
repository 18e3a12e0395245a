use std::cell::Cell;
use std::thread;
struct Shared(Cell<u8>);

unsafe impl Sync for Shared {}

static FLAG: Shared = Shared(Cell::new(0));

fn main() {
    thread::spawn(|| println!("{}", FLAG.0.get())).join().unwrap();
}
