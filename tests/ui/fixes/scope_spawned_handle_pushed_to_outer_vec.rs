use std::thread;
fn main() {
    let data = vec![1, 2, 3];
    let mut v = Vec::new();
    thread::scope(|s| { v.push(s.spawn(|| data.len())); });
}
