use std::thread;
fn main() {
    let h = thread::spawn(|| 1);
    let a = h.join().unwrap();
    let b = h.join().unwrap();
    println!("{} {}", a, b);
}
