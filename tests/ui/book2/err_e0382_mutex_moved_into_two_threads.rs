// concurrency: a Mutex moved into the first thread is used again for the second
use std::sync::Mutex;
use std::thread;

fn main() {
    let total = Mutex::new(0);
    let mut handles = vec![];
    for i in 0..2 {
        let h = thread::spawn(move || {
            *total.lock().unwrap() += i;
        });
        handles.push(h);
    }
    for h in handles {
        h.join().unwrap();
    }
}
