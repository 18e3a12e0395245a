// moving into a spawned thread's closure while borrowed
use std::thread;
fn main() {
    let data = vec![1, 2, 3];
    let first = &data[0];
    let h = thread::spawn(move || data.len());
    println!("{} {}", first, h.join().unwrap());
}
