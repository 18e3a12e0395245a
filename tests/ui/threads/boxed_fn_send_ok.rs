use std::thread;
fn main() {
    let f: Box<dyn Fn() -> i32 + Send> = Box::new(|| 4);
    let h = thread::spawn(move || f() * 2);
    println!("{}", h.join().unwrap());
}
