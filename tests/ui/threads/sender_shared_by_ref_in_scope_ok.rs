use std::sync::mpsc;
use std::thread;
fn main() {
    let (tx, rx) = mpsc::channel::<i32>();
    thread::scope(|s| {
        s.spawn(|| tx.send(1).unwrap());
        s.spawn(|| tx.send(2).unwrap());
    });
    drop(tx);
    let mut got: Vec<i32> = rx.iter().collect();
    got.sort();
    println!("{:?}", got);
}
