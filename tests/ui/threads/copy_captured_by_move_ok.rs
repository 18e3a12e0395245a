use std::thread;
fn main() {
    let mut count = 10;
    let h = thread::spawn(move || {
        count += 1;
        count
    });
    println!("{} {}", h.join().unwrap(), count);
}
