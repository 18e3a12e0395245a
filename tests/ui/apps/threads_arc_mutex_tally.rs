// threads: Arc<Mutex<HashMap>> shared tally, thread::spawn with move closures, join handles returning values
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::thread;

fn classify(n: u32) -> &'static str {
    if n % 15 == 0 {
        "fizzbuzz"
    } else if n % 5 == 0 {
        "buzz"
    } else if n % 3 == 0 {
        "fizz"
    } else {
        "plain"
    }
}

fn main() {
    let tally: Arc<Mutex<HashMap<&'static str, u32>>> = Arc::new(Mutex::new(HashMap::new()));
    let mut handles = Vec::new();
    for worker in 0..4u32 {
        let tally = Arc::clone(&tally);
        handles.push(thread::spawn(move || {
            let mut local_sum = 0;
            for n in (worker * 25 + 1)..=(worker * 25 + 25) {
                local_sum += n;
                let mut map = tally.lock().unwrap();
                *map.entry(classify(n)).or_insert(0) += 1;
            }
            (worker, local_sum)
        }));
    }
    let mut sums: Vec<(u32, u32)> = handles.into_iter().map(|h| h.join().unwrap()).collect();
    sums.sort();
    for (w, s) in &sums {
        println!("worker {} summed {}", w, s);
    }
    let map = tally.lock().unwrap();
    let mut kinds: Vec<_> = map.iter().collect();
    kinds.sort();
    for (k, v) in kinds {
        println!("{:>8}: {}", k, v);
    }
    let total: u32 = map.values().sum();
    println!("total {} (strong refs {})", total, Arc::strong_count(&tally));
}
