use std::sync::Arc;
use std::thread;
fn main() {
    let name: Arc<str> = Arc::from("worker");
    let hs: Vec<_> = (0..3)
        .map(|i| {
            let name = Arc::clone(&name);
            thread::spawn(move || format!("{}-{}", name, i))
        })
        .collect();
    let names: Vec<String> = hs.into_iter().map(|h| h.join().unwrap()).collect();
    println!("{:?} {}", names, Arc::strong_count(&name));
}
