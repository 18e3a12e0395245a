use std::thread;
fn main() {
    let data = vec![1, 2, 3];
    let h = thread::scope(|s| { let h = s.spawn(|| data.len()); h });
    drop(h);
}
