// lifetimes: two scoped threads both read the same Vec
use std::thread;
fn main() {
    let data = vec![1, 2, 3];
    let mut total = 0;
    thread::scope(|s| {
        s.spawn(|| println!("{}", data.len()));
        s.spawn(|| println!("{}", data[0]));
    });
    total += data.len();
    println!("{}", total);
}
