use std::sync::mpsc;
use std::thread;

fn main() {
    let (tx, rx) = mpsc::channel();
    let producer = thread::spawn(move || {
        for word in ["red", "green", "blue"] {
            tx.send(word.to_string()).unwrap();
        }
    });
    let mut got = Vec::new();
    for w in rx {
        got.push(w);
    }
    producer.join().unwrap();
    println!("{:?}", got);
}
