use std::thread;
fn main() {
    let mut v = vec![1];
    thread::scope(|s| {
        s.spawn(|| v.push(2));
        s.spawn(|| println!("{}", v.len()));
    });
}
