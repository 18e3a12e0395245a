// ownership: a Vec moved into a spawned thread is used by the parent afterwards
use std::thread;

fn main() {
    let data = vec![1, 2, 3];
    let h = thread::spawn(move || data.iter().sum::<i32>());
    println!("{}", h.join().unwrap());
    println!("{:?}", data);
}
