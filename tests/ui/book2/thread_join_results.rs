// concurrency: spawning with move closures, collecting JoinHandles and joining in order
use std::thread;

fn is_prime(n: u64) -> bool {
    if n < 2 {
        return false;
    }
    let mut d = 2;
    while d * d <= n {
        if n % d == 0 {
            return false;
        }
        d += 1;
    }
    true
}

fn main() {
    let ranges = vec![(1, 50), (50, 100), (100, 150), (150, 200)];
    let mut handles = Vec::new();
    for (lo, hi) in ranges {
        let label = format!("[{lo},{hi})");
        handles.push(thread::spawn(move || {
            let primes: Vec<u64> = (lo..hi).filter(|&n| is_prime(n)).collect();
            (label, primes.len(), primes.last().copied())
        }));
    }
    let mut total = 0;
    for h in handles {
        let (label, count, last) = h.join().unwrap();
        total += count;
        println!("{label}: {count} primes, last {:?}", last);
    }
    println!("total {total}");

    let data = vec![3, 1, 4, 1, 5, 9, 2, 6];
    let handle = thread::spawn(move || {
        let mut sorted = data;
        sorted.sort();
        sorted
    });
    let sorted = handle.join().expect("thread panicked");
    println!("{:?}", sorted);

    let name = String::from("worker");
    let h = thread::Builder::new()
        .name(name.clone())
        .spawn(move || thread::current().name().map(|s| s.to_string()))
        .unwrap();
    println!("{:?} (spawned by {name})", h.join().unwrap());
}
