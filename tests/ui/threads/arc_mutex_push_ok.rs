use std::sync::{Arc, Mutex};
use std::thread;
fn main() {
    let data = Arc::new(Mutex::new(vec![0u32; 3]));
    let d = Arc::clone(&data);
    let h = thread::spawn(move || d.lock().unwrap()[0] = 1);
    h.join().unwrap();
    println!("{:?} strong={}", data.lock().unwrap(), Arc::strong_count(&data));
}
