use std::thread;

fn main() {
    let mut log = Vec::new();
    let worker = thread::spawn(|| {
        log.push(1);
        log.len()
    });
    println!("{:?}", worker.join());
}
