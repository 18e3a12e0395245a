// smart pointers: Deref and DerefMut on own wrapper types, deref coercion to &str and &[T]
use std::ops::{Deref, DerefMut};

struct Tracked<T> {
    value: T,
    reads: std::cell::Cell<u32>,
}

impl<T> Tracked<T> {
    fn new(value: T) -> Self {
        Tracked { value, reads: std::cell::Cell::new(0) }
    }
}

impl<T> Deref for Tracked<T> {
    type Target = T;
    fn deref(&self) -> &T {
        self.reads.set(self.reads.get() + 1);
        &self.value
    }
}

impl<T> DerefMut for Tracked<T> {
    fn deref_mut(&mut self) -> &mut T {
        &mut self.value
    }
}

struct Stack(Vec<u8>);

impl Deref for Stack {
    type Target = Vec<u8>;
    fn deref(&self) -> &Vec<u8> {
        &self.0
    }
}

impl DerefMut for Stack {
    fn deref_mut(&mut self) -> &mut Vec<u8> {
        &mut self.0
    }
}

fn greet(name: &str) -> String {
    format!("hi {name}")
}

fn total(xs: &[u8]) -> u32 {
    xs.iter().map(|&x| x as u32).sum()
}

fn main() {
    let name = Tracked::new(String::from("ferris"));
    println!("{}", greet(&name));
    println!("len {}", name.len());
    println!("reads {}", name.reads.get());

    let mut s = Stack(vec![1, 2]);
    s.push(3);
    s.push(4);
    println!("{:?} total {}", *s, total(&s));
    if let Some(top) = s.last_mut() {
        *top *= 10;
    }
    println!("{:?}", s.0);

    let mut n = Tracked::new(5);
    *n += 1;
    let doubled = *n * 2;
    println!("{} {}", *n, doubled);

    let b = Box::new(String::from("boxed"));
    let r: &str = &b;
    println!("{}", r.to_uppercase());
}
