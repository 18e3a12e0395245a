// types: a program rustc 1.95 accepts; every expression must get a fully inferred type
use std::cmp::Ordering;
use std::fmt::{self, Display};
use std::ops::{Add, Mul};

#[derive(Debug, Clone, Copy, PartialEq)]
struct V(i32, i32);
impl<'a> Add<&'a V> for &'a V { type Output = V; fn add(self, o: &V) -> V { V(self.0 + o.0, self.1 + o.1) } }
impl Mul<i32> for V { type Output = V; fn mul(self, k: i32) -> V { V(self.0 * k, self.1 * k) } }
struct Wrapper<T>(T);
impl<T: Display> Display for Wrapper<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result { write!(f, "[{}]", self.0) }
}
trait Container { type Item; fn get(&self, i: usize) -> Option<&Self::Item>; fn first(&self) -> Option<&Self::Item> { self.get(0) } }
struct Stack { items: Vec<String> }
impl Container for Stack { type Item = String; fn get(&self, i: usize) -> Option<&String> { self.items.get(i) } }
fn show_first<C: Container>(c: &C) -> String where C::Item: Display { match c.first() { Some(x) => x.to_string(), None => String::new() } }
#[derive(Debug)]
enum MyErr { Parse(std::num::ParseIntError), Neg }
impl From<std::num::ParseIntError> for MyErr { fn from(e: std::num::ParseIntError) -> Self { MyErr::Parse(e) } }
fn pos(s: &str) -> Result<u32, MyErr> { let n: i64 = s.parse()?; if n < 0 { return Err(MyErr::Neg); } Ok(n as u32) }
struct Machine { op: Box<dyn Fn(i32) -> i32>, name: &'static str }
impl Machine { fn run(&self, x: i32) -> i32 { (self.op)(x) } }
fn evens(limit: u32) -> impl Iterator<Item = u32> { (0..limit).filter(|n| n % 2 == 0) }
struct Node { val: i32, next: Option<Box<Node>> }
fn sum_list(mut cur: &Option<Box<Node>>) -> i32 { let mut s = 0; while let Some(n) = cur { s += n.val; cur = &n.next; } s }
#[derive(Debug, PartialEq, Eq, PartialOrd, Ord, Clone)]
struct Ver { major: u32, minor: u32 }
struct Config { retries: u32, verbose: bool }
impl Default for Config { fn default() -> Self { Config { retries: 3, verbose: false } } }
impl Config { const MAX: u32 = 10; fn capped(&self) -> u32 { self.retries.min(Self::MAX) } }
fn largest<T: PartialOrd + Copy>(xs: &[T]) -> T { let mut m = xs[0]; for &x in xs { if x > m { m = x; } } m }
fn main() {
    let a = V(1, 2);
    let b = &a + &a;
    println!("{:?} {:?}", b, b * 3);
    println!("{}", Wrapper(5));
    let st = Stack { items: vec!["top".to_string()] };
    println!("{}", show_first(&st));
    println!("{:?} {:?} {:?}", pos("12"), pos("-3"), pos("x").is_err());
    let m = Machine { op: Box::new(|x| x * 10), name: "tens" };
    println!("{} {}", m.name, m.run(4));
    let e: Vec<u32> = evens(7).collect();
    println!("{:?}", e);
    let list = Some(Box::new(Node { val: 1, next: Some(Box::new(Node { val: 2, next: None })) }));
    println!("{}", sum_list(&list));
    let mut vs = vec![Ver { major: 1, minor: 2 }, Ver { major: 0, minor: 9 }];
    vs.sort();
    match vs[0].cmp(&vs[1]) { Ordering::Less => println!("lt"), Ordering::Equal => println!("eq"), Ordering::Greater => println!("gt") }
    let c = Config::default();
    let c2 = Config { verbose: true, ..Config::default() };
    println!("{} {} {}", c.capped(), c2.verbose, c.verbose);
    let (mut x, mut y) = (1, 2);
    std::mem::swap(&mut x, &mut y);
    println!("{} {} {}", x, y, largest(&[1.5, 0.2]));
    let name: Option<String> = Some("n".into());
    let len = name.as_ref().map(|s| s.len()).unwrap_or(0);
    let Some(inner) = name.clone() else { return; };
    let label = if let Some(ref s) = name { s.as_str() } else { "none" };
    println!("{} {} {}", len, inner, label);
    let mut opt = Some(3);
    if let Some(v) = opt.as_mut() { *v += 1; }
    let words = vec!["apple", "bob"];
    let caps: Vec<String> = words.iter().map(|w| { let mut c = w.chars(); match c.next() { Some(f) => f.to_uppercase().collect::<String>() + c.as_str(), None => String::new() } }).collect();
    println!("{:?} {:?}", opt, caps);
    let total = (1..=4).fold(1u64, |acc, n| acc * n);
    let text = format!("{total:>5}|{:<3}|{:^5}|{:08.3}", 1, "x", 3.14159);
    println!("{}", text);
}
