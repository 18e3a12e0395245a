use std::thread;
fn main() {
    let x = Box::leak(Box::new(7));
    let p = x as *const i32;
    let h = thread::spawn(move || {
        let _q = p;
        1
    });
    println!("{}", h.join().unwrap());
}
