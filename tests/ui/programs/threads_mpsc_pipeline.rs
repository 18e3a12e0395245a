// a producer/consumer pipeline over mpsc channels with several producers and ordered results
use std::sync::mpsc;
use std::thread;

#[derive(Debug)]
enum Msg {
    Line { producer: u32, seq: u32, text: String },
    Done(u32),
}

fn main() {
    let (tx, rx) = mpsc::channel();
    let mut handles = Vec::new();
    for id in 1..=3 {
        let tx = tx.clone();
        handles.push(thread::spawn(move || {
            for seq in 0..id {
                let text = format!("p{} says {}", id, "hi".repeat(seq as usize + 1));
                tx.send(Msg::Line { producer: id, seq, text }).unwrap();
            }
            tx.send(Msg::Done(id)).unwrap();
        }));
    }
    drop(tx);
    let mut lines = Vec::new();
    let mut done = Vec::new();
    for msg in rx {
        match msg {
            Msg::Line { producer, seq, text } => lines.push((producer, seq, text)),
            Msg::Done(id) => done.push(id),
        }
    }
    for h in handles {
        h.join().unwrap();
    }
    lines.sort();
    done.sort();
    for (p, s, text) in &lines {
        println!("{} {} {}", p, s, text);
    }
    println!("done: {:?}", done);
}
