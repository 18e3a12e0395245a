use std::thread;
fn main() {
    let f: Box<dyn Fn() -> i32> = Box::new(|| 4);
    let h = thread::spawn(move || f());
    println!("{}", h.join().unwrap());
}
