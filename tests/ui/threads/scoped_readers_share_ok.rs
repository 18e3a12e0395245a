use std::thread;
fn main() {
    let words = vec!["alpha", "beta", "gamma"];
    let total = thread::scope(|s| {
        let a = s.spawn(|| words.iter().map(|w| w.len()).sum::<usize>());
        let b = s.spawn(|| words.len());
        a.join().unwrap() * 100 + b.join().unwrap()
    });
    println!("{} {:?}", total, words);
}
