use std::sync::mpsc;
use std::thread;
fn main() {
    let (tx, rx) = mpsc::channel::<i32>();
    thread::scope(|s| {
        s.spawn(|| rx.recv());
    });
    drop(tx);
}
