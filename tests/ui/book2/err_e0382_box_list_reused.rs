// smart pointers: a Box-based list moved into two different cons cells
enum List {
    Cons(i32, Box<List>),
    Nil,
}

use List::{Cons, Nil};

fn main() {
    let tail = Box::new(Cons(10, Box::new(Nil)));
    let a = Cons(1, tail);
    let b = Cons(2, tail);
    if let (Cons(x, _), Cons(y, _)) = (&a, &b) {
        println!("{x} {y}");
    }
}
