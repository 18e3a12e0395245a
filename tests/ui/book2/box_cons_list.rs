// smart pointers: a recursive cons list in Box with recursion, Display and iteration
use std::fmt;

enum List {
    Cons(i32, Box<List>),
    Nil,
}

use List::{Cons, Nil};

impl List {
    fn from_slice(items: &[i32]) -> List {
        match items.split_first() {
            Some((first, rest)) => Cons(*first, Box::new(List::from_slice(rest))),
            None => Nil,
        }
    }

    fn sum(&self) -> i32 {
        match self {
            Cons(v, rest) => v + rest.sum(),
            Nil => 0,
        }
    }

    fn push_front(self, v: i32) -> List {
        Cons(v, Box::new(self))
    }

    fn len(&self) -> usize {
        let mut n = 0;
        let mut cur = self;
        while let Cons(_, next) = cur {
            n += 1;
            cur = next;
        }
        n
    }
}

impl fmt::Display for List {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            Cons(v, rest) => {
                write!(f, "{v} -> ")?;
                rest.fmt(f)
            }
            Nil => write!(f, "Nil"),
        }
    }
}

fn main() {
    let list = List::from_slice(&[1, 2, 3]);
    println!("{list}");
    let list = list.push_front(0).push_front(-5);
    println!("{list}");
    println!("sum {} len {}", list.sum(), list.len());

    let boxed: Box<i32> = Box::new(41);
    let plain = *boxed + 1;
    println!("unboxed {plain}");

    let empty = Nil;
    println!("{} {}", empty, empty.len());
}
