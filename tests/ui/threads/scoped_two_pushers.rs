use std::thread;
fn main() {
    let mut v = Vec::new();
    thread::scope(|s| {
        s.spawn(|| v.push(1));
        s.spawn(|| v.push(2));
    });
    println!("{:?}", v);
}
