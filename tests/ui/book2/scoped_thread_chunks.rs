// concurrency: thread::scope borrowing local data, each thread summing its own chunk
use std::thread;

fn main() {
    let numbers: Vec<u64> = (1..=100).collect();
    let mut sums = vec![0u64; 4];
    thread::scope(|s| {
        for (chunk, slot) in numbers.chunks(25).zip(sums.iter_mut()) {
            s.spawn(move || {
                *slot = chunk.iter().sum();
            });
        }
    });
    println!("{:?} total {}", sums, sums.iter().sum::<u64>());

    let mut words = vec![String::from("scope"), String::from("threads")];
    let lengths = thread::scope(|s| {
        let h1 = s.spawn(|| words.iter().map(|w| w.len()).sum::<usize>());
        let h2 = s.spawn(|| words.iter().filter(|w| w.contains('e')).count());
        (h1.join().unwrap(), h2.join().unwrap())
    });
    println!("{:?}", lengths);
    words.push(String::from("done"));

    let mut left = vec![1, 2, 3];
    let mut right = vec![10, 20];
    thread::scope(|s| {
        s.spawn(|| left.push(4));
        s.spawn(|| right.iter_mut().for_each(|x| *x += 1));
    });
    println!("{:?} {:?} {:?}", left, right, words);
}
