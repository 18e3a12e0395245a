use std::rc::Rc;
use std::thread;
enum Msg {
    Text(String),
    Shared(Rc<String>),
}

fn main() {
    let m = Msg::Text(String::from("hi"));
    let h = thread::spawn(move || match m {
        Msg::Text(s) => s.len(),
        Msg::Shared(s) => s.len(),
    });
    println!("{}", h.join().unwrap());
}
