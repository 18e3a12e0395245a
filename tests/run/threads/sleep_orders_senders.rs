use std::sync::mpsc;
use std::thread;
use std::time::Duration;

fn main() {
    let (tx, rx) = mpsc::channel();
    for (name, ms) in [("slow", 60u64), ("fast", 10), ("medium", 30)] {
        let tx = tx.clone();
        thread::spawn(move || {
            thread::sleep(Duration::from_millis(ms));
            tx.send(name).unwrap();
        });
    }
    drop(tx);
    let order: Vec<&str> = rx.iter().collect();
    println!("{:?}", order);
}
