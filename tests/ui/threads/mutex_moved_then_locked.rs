use std::sync::Mutex;
use std::thread;
fn main() {
    let m = Mutex::new(0);
    let h = thread::spawn(move || *m.lock().unwrap() += 1);
    h.join().unwrap();
    println!("{}", m.lock().unwrap());
}
