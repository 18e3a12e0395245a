// lifetimes: thread::spawn of a `move` closure that holds a reference to a local
use std::thread;
fn main() {
    let data = vec![1, 2, 3];
    let r = &data;
    let h = thread::spawn(move || r.len());
    println!("{}", h.join().unwrap());
}
