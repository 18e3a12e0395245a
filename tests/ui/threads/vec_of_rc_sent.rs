use std::rc::Rc;
use std::thread;
fn main() {
    let items = vec![Rc::new(1), Rc::new(2)];
    let h = thread::spawn(move || items.len());
    println!("{}", h.join().unwrap());
}
