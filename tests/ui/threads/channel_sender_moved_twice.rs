use std::sync::mpsc;
use std::thread;
fn main() {
    let (tx, rx) = mpsc::channel();
    let a = thread::spawn(move || tx.send(1).unwrap());
    let b = thread::spawn(move || tx.send(2).unwrap());
    a.join().unwrap();
    b.join().unwrap();
    println!("{:?}", rx.recv());
}
