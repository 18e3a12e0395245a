use std::thread;
fn main() {
    let data = vec![1, 2, 3];
    let h = thread::scope(|s| Some(s.spawn(|| data.len())));
    drop(h);
}
