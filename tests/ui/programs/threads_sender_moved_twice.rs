// two producer threads where the channel sender is moved into the first and used by the second
use std::sync::mpsc;
use std::thread;

fn main() {
    let (tx, rx) = mpsc::channel::<(u32, u32)>();
    let first = thread::spawn(move || {
        for i in 0..3 {
            tx.send((1, i)).unwrap();
        }
    });
    let second = thread::spawn(move || {
        for i in 0..3 {
            tx.send((2, i * 10)).unwrap();
        }
    });
    first.join().unwrap();
    second.join().unwrap();
    let mut got: Vec<(u32, u32)> = rx.try_iter().collect();
    got.sort();
    println!("{:?}", got);
}
