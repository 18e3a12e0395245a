use std::thread;

fn broadcast(note: &str) -> thread::JoinHandle<()> {
    thread::spawn(move || {
        println!("note: {}", note);
    })
}

fn main() {
    broadcast("hi").join().unwrap();
}
