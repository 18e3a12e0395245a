use std::thread;
fn main() {
    let v = vec![1, 2, 3];
    let h = thread::spawn(move || v.iter().sum::<i32>());
    println!("sum = {}", h.join().unwrap());
}
