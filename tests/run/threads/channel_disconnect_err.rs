use std::sync::mpsc;
use std::thread;

fn main() {
    let (tx, rx) = mpsc::channel::<i32>();
    let tx2 = tx.clone();
    thread::spawn(move || tx2.send(1).unwrap()).join().unwrap();
    thread::spawn(move || tx.send(2).unwrap()).join().unwrap();
    println!("{:?}", rx.recv());
    println!("{:?}", rx.recv());
    println!("{:?}", rx.recv());
    println!("{:?}", rx.try_recv().is_err());
    let (tx, rx) = mpsc::channel::<i32>();
    drop(rx);
    println!("send after receiver dropped: {}", tx.send(5).is_err());
}
