use std::thread;
fn log_later(msg: &'static str) -> thread::JoinHandle<usize> {
    thread::spawn(move || msg.len())
}

fn main() {
    println!("{}", log_later("hello").join().unwrap());
}
