use std::sync::Mutex;
use std::thread;
fn main() {
    let m: &'static Mutex<i32> = Box::leak(Box::new(Mutex::new(0)));
    let g = m.lock().unwrap();
    let h = thread::spawn(move || println!("{}", *g));
    h.join().unwrap();
}
