// lifetimes: a borrowed parameter moved into a spawned thread
use std::thread;

fn log_later(msg: &String) {
    let h = thread::spawn(move || println!("{}", msg));
    h.join().unwrap();
}

fn main() {
    log_later(&String::from("m"));
}
