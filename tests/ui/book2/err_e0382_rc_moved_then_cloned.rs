// smart pointers: an Rc moved into a struct, then cloned through the old binding
use std::rc::Rc;

struct Owner {
    shared: Rc<String>,
}

fn main() {
    let text = Rc::new(String::from("doc"));
    let first = Owner { shared: text };
    let second = Owner { shared: Rc::clone(&text) };
    println!("{} {}", first.shared, second.shared);
}
