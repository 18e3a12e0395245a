// worker threads sharing an Arc<Mutex<Vec<..>>> of results and an Arc<Mutex<u64>> total, joined then sorted
use std::sync::{Arc, Mutex};
use std::thread;

fn is_prime(n: u64) -> bool {
    n >= 2 && (2..).take_while(|d| d * d <= n).all(|d| n % d != 0)
}

fn main() {
    let found = Arc::new(Mutex::new(Vec::new()));
    let total = Arc::new(Mutex::new(0u64));
    let mut handles = Vec::new();
    for worker in 0..4u64 {
        let found = Arc::clone(&found);
        let total = Arc::clone(&total);
        handles.push(thread::spawn(move || {
            let lo = worker * 25;
            let mine: Vec<u64> = (lo..lo + 25).filter(|n| is_prime(*n)).collect();
            *total.lock().unwrap() += mine.iter().sum::<u64>();
            let count = mine.len();
            found.lock().unwrap().extend(mine);
            count
        }));
    }
    let counts: Vec<usize> = handles.into_iter().map(|h| h.join().unwrap()).collect();
    let mut primes = found.lock().unwrap().clone();
    primes.sort();
    println!("per worker: {:?}", counts);
    println!("{} primes below 100, sum {}", primes.len(), *total.lock().unwrap());
    println!("last five: {:?}", &primes[primes.len() - 5..]);
}
