use std::thread;

fn main() {
    let handles: Vec<thread::JoinHandle<u64>> = (1..=4u64)
        .map(|n| thread::spawn(move || (1..=n).product()))
        .collect();
    for (i, h) in handles.into_iter().enumerate() {
        println!("{}! = {}", i + 1, h.join().unwrap());
    }
}
