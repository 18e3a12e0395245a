// smart pointers: Rc shared ownership of list tails with strong_count tracking
use std::rc::Rc;

#[derive(Debug)]
enum Chain {
    Link(u32, Rc<Chain>),
    End,
}

use Chain::{End, Link};

fn total(c: &Chain) -> u32 {
    match c {
        Link(v, next) => v + total(next),
        End => 0,
    }
}

struct Library {
    shelf: Vec<Rc<String>>,
}

fn main() {
    let tail = Rc::new(Link(5, Rc::new(Link(10, Rc::new(End)))));
    println!("count after tail = {}", Rc::strong_count(&tail));
    let b = Link(3, Rc::clone(&tail));
    println!("count after b = {}", Rc::strong_count(&tail));
    {
        let c = Link(4, Rc::clone(&tail));
        println!("count after c = {}", Rc::strong_count(&tail));
        println!("sum c = {}", total(&c));
    }
    println!("count after c scope = {}", Rc::strong_count(&tail));
    println!("sum b = {}", total(&b));

    let title = Rc::new(String::from("Dune"));
    let lib = Library { shelf: vec![Rc::clone(&title), title.clone(), Rc::new("Emma".to_string())] };
    println!("Dune refs = {}", Rc::strong_count(&title));
    println!("same? {}", Rc::ptr_eq(&lib.shelf[0], &lib.shelf[1]));
    let lens: Vec<usize> = lib.shelf.iter().map(|s| s.len()).collect();
    println!("{:?}", lens);
    drop(lib);
    println!("Dune refs after drop = {}", Rc::strong_count(&title));
    let owned: String = Rc::try_unwrap(title).unwrap();
    println!("unwrapped {owned}");
}
