// concurrency: a spawned thread closure borrows a local vector without move
use std::thread;

fn average_in_background(samples: Vec<f64>) -> f64 {
    let handle = thread::spawn(|| {
        let total: f64 = samples.iter().sum();
        total / samples.len() as f64
    });
    handle.join().unwrap()
}

fn main() {
    println!("{}", average_in_background(vec![1.0, 2.0, 4.5]));
}
