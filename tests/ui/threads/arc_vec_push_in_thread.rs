use std::sync::Arc;
use std::thread;
fn main() {
    let data = Arc::new(vec![0u32; 3]);
    let d = Arc::clone(&data);
    let h = thread::spawn(move || d[0] = 1);
    h.join().unwrap();
    println!("{:?}", data);
}
