// lifetimes: a `move` closure owning a generic `T` is passed to thread::spawn (`F: 'static`)
use std::thread;
fn run<T: Send + std::fmt::Debug>(x: T) {
    thread::spawn(move || println!("{:?}", x)).join().unwrap();
}
fn main() { run(5); }
