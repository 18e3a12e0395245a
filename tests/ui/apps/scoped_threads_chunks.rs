// std::thread::scope borrowing a slice from the stack, chunks per thread, results gathered in order
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
    let numbers: Vec<u64> = (1..=200).collect();
    let chunk = numbers.len() / 4;
    let mut counts = vec![0usize; 4];
    let mut largest = vec![None; 4];

    thread::scope(|s| {
        let mut handles = Vec::new();
        for (i, part) in numbers.chunks(chunk).enumerate() {
            handles.push((i, s.spawn(move || {
                let primes: Vec<u64> = part.iter().copied().filter(|&n| is_prime(n)).collect();
                (primes.len(), primes.last().copied())
            })));
        }
        for (i, h) in handles {
            let (c, l) = h.join().unwrap();
            counts[i] = c;
            largest[i] = l;
        }
    });

    for i in 0..4 {
        println!("chunk {}: {} primes, largest {:?}", i, counts[i], largest[i]);
    }
    let total: usize = counts.iter().sum();
    println!("total primes <= 200: {}", total);

    let mut data = vec![1, 2, 3, 4, 5, 6];
    thread::scope(|s| {
        let (left, right) = data.split_at_mut(3);
        s.spawn(move || left.iter_mut().for_each(|x| *x *= 10));
        s.spawn(move || right.reverse());
    });
    println!("{:?}", data);
}
