use std::thread;
fn main() {
    let mut v = vec![1];
    let r = &mut v;
    let h = thread::spawn(move || r.push(2));
    h.join().unwrap();
}
