use std::thread;

fn main() {
    let h = thread::Builder::new()
        .name("worker-7".to_string())
        .spawn(|| thread::current().name().map(|s| s.to_string()))
        .unwrap();
    println!("{:?}", h.join().unwrap());
    println!("{:?}", thread::current().name());
    let anon = thread::spawn(|| thread::current().name().is_none());
    println!("unnamed: {}", anon.join().unwrap());
}
