use std::sync::mpsc;
use std::thread;
use std::time::Duration;

fn main() {
    let (tx, rx) = mpsc::channel();
    let h = thread::spawn(move || {
        thread::sleep(Duration::from_millis(200));
        tx.send(42).unwrap();
    });
    let first = rx.recv_timeout(Duration::from_millis(20));
    println!("first: {:?}", first);
    println!("second: {:?}", rx.recv_timeout(Duration::from_secs(5)));
    h.join().unwrap();
}
