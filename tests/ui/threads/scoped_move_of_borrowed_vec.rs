use std::thread;
fn main() {
    let v = vec![1, 2, 3];
    let first = &v[0];
    thread::scope(|s| {
        s.spawn(move || drop(v));
    });
    println!("{}", first);
}
