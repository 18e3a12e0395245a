// types: a program rustc 1.95 accepts; every expression must get a fully inferred type
use std::cell::RefCell;
use std::collections::{BTreeMap, HashSet, VecDeque};
use std::rc::Rc;
use std::sync::{mpsc, Arc, Mutex};
use std::thread;

#[derive(Debug, Default, Clone, PartialEq, PartialOrd)]
struct Score { pts: u32, name: String }
struct Counter { n: u32 }
impl Iterator for Counter {
    type Item = u32;
    fn next(&mut self) -> Option<u32> { if self.n < 5 { self.n += 1; Some(self.n) } else { None } }
}
struct Wrapper<T> { items: Vec<T> }
impl<T: std::fmt::Display + Clone> Wrapper<T> {
    const LIMIT: usize = 3;
    fn show(&self) -> String { self.items.iter().take(Self::LIMIT).map(|i| i.to_string()).collect::<Vec<_>>().join(",") }
    fn first(&self) -> Option<T> { self.items.first().cloned() }
}
trait Animal { fn speak(&self) -> String; }
struct Cat { lives: u8 }
impl Animal for Cat { fn speak(&self) -> String { format!("meow x{}", self.lives) } }
fn total<I: Iterator<Item = u32>>(it: I) -> u32 { it.fold(0, |a, b| a + b) }
fn main() {
    let c = Counter { n: 0 };
    println!("{}", total(c));
    let s: u32 = Counter { n: 2 }.zip(Counter { n: 0 }.skip(1)).map(|(a, b)| a * b).filter(|x| x % 3 == 0).sum();
    println!("{}", s);
    let w = Wrapper { items: vec![1, 2, 3, 4] };
    println!("{} {:?}", w.show(), w.first());
    let zoo: Vec<Box<dyn Animal>> = vec![Box::new(Cat { lives: 9 })];
    for a in zoo.iter() { println!("{}", a.speak()); }
    let shared = Rc::new(RefCell::new(vec![1]));
    let s2 = Rc::clone(&shared);
    s2.borrow_mut().push(2);
    println!("{:?} {}", shared.borrow(), Rc::strong_count(&shared));
    let m = Arc::new(Mutex::new(0));
    let mut hs = vec![];
    for i in 0..3 {
        let m = Arc::clone(&m);
        hs.push(thread::spawn(move || { *m.lock().unwrap() += i; }));
    }
    for h in hs { h.join().unwrap(); }
    println!("{}", *m.lock().unwrap());
    let (tx, rx) = mpsc::channel();
    thread::spawn(move || { for i in 0..3 { tx.send(i).unwrap(); } });
    let got: Vec<i32> = rx.iter().collect();
    println!("{:?}", got);
    let mut q = VecDeque::new();
    q.push_back(1); q.push_front(0);
    while let Some(x) = q.pop_front() { print!("{}", x); }
    println!();
    let set: HashSet<char> = "hello".chars().collect();
    let mut bt = BTreeMap::new();
    bt.insert("k", 1);
    *bt.get_mut("k").unwrap() += 1;
    println!("{} {:?}", set.len(), bt);
    let mut scores = vec![Score { pts: 3, name: "a".into() }, Score::default()];
    scores.sort_by(|a, b| b.pts.cmp(&a.pts));
    let best = scores.iter().max_by_key(|s| s.pts).map(|s| s.name.clone()).unwrap_or_default();
    println!("{} {}", best, scores[0] > scores[1]);
    let text = "  Hello, World  ";
    let t = text.trim().replace("World", "Rust");
    let starts = t.starts_with("Hello");
    let f: f64 = "2.5".parse().unwrap();
    let parts: Vec<&str> = t.split(", ").collect();
    println!("{} {} {} {:?} {:>8}|{:<4}|", t, starts, f * 2.0, parts, "r", 7);
    let x: i32 = -7;
    println!("{} {} {:?} {} {}", x.abs(), 2i64.pow(10), 250u8.checked_add(10), 5u32.saturating_sub(9), x.max(3));
    let v = vec![5, 1, 4, 1];
    let mut sorted = v.clone();
    sorted.sort_unstable();
    sorted.dedup();
    println!("{:?} {} {:?} {:?}", sorted, v.contains(&4), v.iter().position(|&e| e == 4), sorted.binary_search(&4));
    for win in v.windows(2) { print!("{:?}", win); }
    for ch in v.chunks(3) { print!("{}", ch.len()); }
    println!();
    let any = v.iter().any(|&e| e > 4);
    let all = v.iter().all(|e| *e > 0);
    let cnt = v.iter().filter(|e| **e == 1).count();
    let evens: Vec<i32> = (0..10).rev().step_by(2).collect();
    let joined: Vec<i32> = v.iter().chain(evens.iter()).copied().collect();
    println!("{} {} {} {:?} {}", any, all, cnt, evens, joined.len());
    let mut it = v.iter().peekable();
    while let Some(n) = it.next() { if let Some(&&nx) = it.peek() { print!("{}<{}?", n, nx); } }
    println!();
    let mut o = Some(3);
    let taken = o.take();
    let r: Result<u8, String> = "300".parse::<u8>().map_err(|e| e.to_string());
    println!("{:?} {:?} {:?} {}", o, taken, r, matches!(taken, Some(n) if n > 2));
    let nested = vec![vec![1, 2], vec![3]];
    let flat: Vec<i32> = nested.into_iter().flatten().collect();
    let fm: Vec<char> = vec!["ab", "c"].iter().flat_map(|s| s.chars()).collect();
    println!("{:?} {:?}", flat, fm);
    let mn = ["bb", "a", "ccc"].iter().min_by_key(|s| s.len()).unwrap();
    let up = 'a'.to_ascii_uppercase();
    let dig = '7'.to_digit(10).unwrap();
    println!("{} {} {} {}", mn, up, dig, 'z' as u32);
}
