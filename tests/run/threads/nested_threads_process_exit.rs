use std::sync::mpsc;
use std::thread;
fn fib(n: u64) -> u64 { if n < 2 { n } else { fib(n - 1) + fib(n - 2) } }
fn main() {
    let outer = thread::spawn(|| {
        let inner: Vec<_> = (12..15).map(|n| thread::spawn(move || fib(n))).collect();
        let v: Vec<u64> = inner.into_iter().map(|h| h.join().unwrap()).collect();
        let total = thread::scope(|s| {
            let a = s.spawn(|| v.iter().sum::<u64>());
            a.join().unwrap()
        });
        (v, total)
    });
    println!("{:?}", outer.join().unwrap());
    let (tx, rx) = mpsc::channel::<String>();
    let h = thread::spawn(move || {
        let s = rx.recv().unwrap();
        if s == "exit" { std::process::exit(3); }
    });
    tx.send("exit".to_string()).unwrap();
    h.join().unwrap();
    println!("not reached");
}
