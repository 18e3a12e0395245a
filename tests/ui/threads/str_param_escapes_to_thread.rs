use std::thread;
fn log_later(msg: &str) -> thread::JoinHandle<()> {
    thread::spawn(move || println!("{}", msg))
}

fn main() {
    log_later("hi").join().unwrap();
}
