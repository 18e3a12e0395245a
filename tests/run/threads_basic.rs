// threads: spawn/join, Arc<Mutex>, mpsc channels, scoped threads
use std::sync::mpsc;
use std::sync::{Arc, Mutex};
use std::thread;

fn main() {
    let handles: Vec<_> = (1..=3).map(|i| thread::spawn(move || i * i)).collect();
    let squares: Vec<i32> = handles.into_iter().map(|h| h.join().unwrap()).collect();
    println!("{:?}", squares);

    let counter = Arc::new(Mutex::new(0));
    let mut hs = Vec::new();
    for _ in 0..4 {
        let c = Arc::clone(&counter);
        hs.push(thread::spawn(move || {
            for _ in 0..10 {
                *c.lock().unwrap() += 1;
            }
        }));
    }
    for h in hs {
        h.join().unwrap();
    }
    println!("count {}", *counter.lock().unwrap());

    let (tx, rx) = mpsc::channel();
    for id in 0..3 {
        let tx = tx.clone();
        thread::spawn(move || {
            tx.send(id * 10).unwrap();
        });
    }
    drop(tx);
    let mut got: Vec<i32> = rx.iter().collect();
    got.sort();
    println!("{:?}", got);

    let mut data = vec![1, 2, 3, 4];
    thread::scope(|s| {
        let (a, b) = data.split_at_mut(2);
        s.spawn(move || a.iter_mut().for_each(|x| *x *= 10));
        s.spawn(move || b.iter_mut().for_each(|x| *x += 1));
    });
    println!("{:?}", data);
    let r = thread::spawn(|| {
        if 1 + 1 == 2 {
            panic!("worker failed");
        }
        5
    })
    .join();
    println!("join is err: {}", r.is_err());
}
