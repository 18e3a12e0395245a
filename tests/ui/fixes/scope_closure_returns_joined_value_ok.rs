use std::thread;
fn main() {
    let data = vec![1, 2, 3];
    let n = thread::scope(|s| s.spawn(|| data.len()).join().unwrap());
    println!("{}", n);
}
