use std::thread;
fn main() {
    let data = vec![1, 2, 3];
    let h = thread::scope(|s| (s.spawn(|| data.len()), 1));
    drop(h);
}
