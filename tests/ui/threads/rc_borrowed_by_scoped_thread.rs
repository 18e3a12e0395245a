use std::rc::Rc;
use std::thread;
fn main() {
    let r = Rc::new(1);
    thread::scope(|s| {
        s.spawn(|| println!("{}", r));
    });
}
