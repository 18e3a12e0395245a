// two sensor threads sending readings where the channel sender is moved into the first and used by the second
use std::sync::mpsc;
use std::thread;

#[derive(Debug, PartialEq, PartialOrd)]
struct Reading {
    sensor: u32,
    value: f64,
}

fn main() {
    let (tx, rx) = mpsc::channel::<Reading>();
    let indoor = thread::spawn(move || {
        for i in 0..3 {
            tx.send(Reading { sensor: 1, value: 20.0 + i as f64 * 0.5 }).unwrap();
        }
    });
    let outdoor = thread::spawn(move || {
        for i in 0..3 {
            tx.send(Reading { sensor: 2, value: 5.0 - i as f64 }).unwrap();
        }
    });
    indoor.join().unwrap();
    outdoor.join().unwrap();
    let mut got: Vec<Reading> = rx.try_iter().collect();
    got.sort_by(|a, b| a.partial_cmp(b).unwrap());
    for r in &got {
        println!("sensor {} -> {:.1}", r.sensor, r.value);
    }
    let avg = got.iter().map(|r| r.value).sum::<f64>() / got.len() as f64;
    println!("average {:.2}", avg);
}
