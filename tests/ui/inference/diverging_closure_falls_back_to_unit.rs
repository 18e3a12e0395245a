// inference: a closure whose body only panics or loops has a diverging return type that falls back to `()`
use std::thread;

fn run_twice<F: Fn() -> R, R>(f: F) -> usize {
    let _ = f;
    2
}

fn main() {
    let worker = thread::spawn(|| {
        panic!("worker gave up");
    });
    println!("worker failed: {}", worker.join().is_err());
    let never_called = || {
        loop {}
    };
    println!("calls: {}", run_twice(never_called));
    let spins = || -> u8 { loop {} };
    let _ = spins;
}
