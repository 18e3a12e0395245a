use std::thread;
fn run<F: FnOnce() -> i32 + 'static>(f: F) -> i32 {
    thread::spawn(f).join().unwrap()
}

fn main() {
    println!("{}", run(|| 3));
}
