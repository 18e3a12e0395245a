// smart pointers: moving a String out of an Rc by dereferencing
use std::rc::Rc;

struct Note {
    text: String,
}

fn main() {
    let shared = Rc::new(Note { text: String::from("buy milk") });
    let other = Rc::clone(&shared);
    let owned: String = other.text;
    println!("{} ({} refs)", owned, Rc::strong_count(&shared));
}
