// Threads: Arc<Mutex<..>> counters, mpsc channels with several producers, thread::scope
// borrowing local data, and join handles returning values.
use std::collections::BTreeMap;
use std::sync::mpsc;
use std::sync::{Arc, Mutex, RwLock};
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
    let counter = Arc::new(Mutex::new(0u64));
    let mut handles = Vec::new();
    for t in 0..4u64 {
        let c = Arc::clone(&counter);
        handles.push(thread::spawn(move || {
            let mut local = 0;
            for n in (t * 250)..((t + 1) * 250) {
                if is_prime(n) {
                    local += 1;
                }
            }
            *c.lock().unwrap() += local;
            local
        }));
    }
    let per: Vec<u64> = handles.into_iter().map(|h| h.join().unwrap()).collect();
    println!("primes per quarter {:?} total {}", per, *counter.lock().unwrap());

    let (tx, rx) = mpsc::channel::<(usize, String)>();
    for id in 0..3 {
        let tx = tx.clone();
        thread::spawn(move || {
            for j in 0..2 {
                tx.send((id, format!("msg{}-{}", id, j))).unwrap();
            }
        });
    }
    drop(tx);
    let mut got: Vec<(usize, String)> = rx.iter().collect();
    got.sort();
    println!("{} messages: {:?}", got.len(), got);

    let words = vec!["apple", "banana", "avocado", "blueberry", "cherry", "apricot"];
    let tally = Mutex::new(BTreeMap::new());
    thread::scope(|s| {
        for chunk in words.chunks(2) {
            let tally = &tally;
            s.spawn(move || {
                for w in chunk {
                    let first = w.chars().next().unwrap();
                    *tally.lock().unwrap().entry(first).or_insert(0) += 1;
                }
            });
        }
    });
    println!("by first letter {:?}", tally.into_inner().unwrap());

    let mut data = vec![1, 2, 3, 4, 5, 6, 7, 8];
    thread::scope(|s| {
        let (left, right) = data.split_at_mut(4);
        s.spawn(|| left.iter_mut().for_each(|x| *x *= 10));
        s.spawn(|| right.iter_mut().for_each(|x| *x += 100));
    });
    println!("{:?}", data);

    let config = Arc::new(RwLock::new(String::from("v1")));
    {
        let r1 = config.read().unwrap();
        let r2 = config.read().unwrap();
        println!("readers see {} and {}", *r1, *r2);
    }
    let writer = {
        let config = Arc::clone(&config);
        thread::spawn(move || {
            let mut w = config.write().unwrap();
            w.push_str("-patched");
        })
    };
    writer.join().unwrap();
    println!("config now {}", config.read().unwrap());

    let (tx, rx) = mpsc::sync_channel(1);
    let producer = thread::spawn(move || {
        let mut sent = 0;
        for i in 1..=5 {
            tx.send(i * i).unwrap();
            sent += 1;
        }
        sent
    });
    let sum: i32 = rx.iter().sum();
    println!("sum of squares {} sent {}", sum, producer.join().unwrap());

    let result = thread::spawn(|| {
        let v: Vec<i32> = Vec::new();
        v[0]
    })
    .join();
    println!("worker panicked: {}", result.is_err());
    println!("strong count {}", Arc::strong_count(&counter));
}
