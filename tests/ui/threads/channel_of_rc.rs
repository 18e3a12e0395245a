use std::rc::Rc;
use std::sync::mpsc;
use std::thread;
fn main() {
    let (tx, rx) = mpsc::channel::<Rc<i32>>();
    thread::spawn(move || tx.send(Rc::new(1)).unwrap());
    println!("{}", rx.recv().unwrap());
}
