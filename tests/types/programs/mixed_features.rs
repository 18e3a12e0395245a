// types: a program rustc 1.95 accepts; every expression must get a fully inferred type
use std::collections::HashMap;
use std::fmt;
use std::ops::Add;

#[derive(Debug, Clone, Copy, PartialEq)]
struct V2 { x: f64, y: f64 }
impl Add for V2 {
    type Output = V2;
    fn add(self, o: V2) -> V2 { V2 { x: self.x + o.x, y: self.y + o.y } }
}
impl fmt::Display for V2 {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result { write!(f, "({}, {})", self.x, self.y) }
}
#[derive(Debug)]
enum Shape { Circle { r: f64 }, Rect(f64, f64), Empty }
impl Shape {
    fn area(&self) -> f64 {
        match self {
            Shape::Circle { r } => 3.14 * r * r,
            Shape::Rect(w, h) => w * h,
            Shape::Empty => 0.0,
        }
    }
}
trait Named { fn name(&self) -> String; fn shout(&self) -> String { self.name().to_uppercase() } }
struct Dog;
impl Named for Dog { fn name(&self) -> String { "dog".to_string() } }
fn describe<T: Named>(t: &T) -> String { format!("<{}>", t.shout()) }
fn apply<F>(f: F, v: i32) -> i32 where F: Fn(i32) -> i32 { f(v) }
fn make_adder(n: i32) -> Box<dyn Fn(i32) -> i32> { Box::new(move |x| x + n) }
fn parse_num(s: &str) -> Result<i32, std::num::ParseIntError> { let n: i32 = s.trim().parse()?; Ok(n * 2) }
fn first_even(v: &[i32]) -> Option<&i32> { v.iter().find(|x| **x % 2 == 0) }
fn main() {
    let a = V2 { x: 1.0, y: 2.0 };
    let b = a + a;
    println!("{} {:?}", b, a == b);
    let shapes = vec![Shape::Circle { r: 1.0 }, Shape::Rect(2.0, 3.0), Shape::Empty];
    let total: f64 = shapes.iter().map(|s| s.area()).sum();
    println!("{:.2}", total);
    let mut counts: HashMap<String, usize> = HashMap::new();
    for w in "a b a c b a".split_whitespace() {
        *counts.entry(w.to_string()).or_insert(0) += 1;
    }
    let mut keys: Vec<_> = counts.keys().cloned().collect();
    keys.sort();
    for k in &keys { println!("{} {}", k, counts[k]); }
    println!("{}", describe(&Dog));
    println!("{}", apply(|x| x * 3, 4));
    let add5 = make_adder(5);
    println!("{}", add5(1));
    match parse_num(" 21 ") { Ok(n) => println!("{}", n), Err(e) => println!("err {}", e) }
    if let Some(x) = first_even(&[1, 3, 4]) { println!("{}", x); }
    let mut stack = vec![1, 2, 3];
    while let Some(top) = stack.pop() { print!("{} ", top); }
    println!();
    let words = ["x", "yy", "zzz"];
    let lens: Vec<usize> = words.iter().map(|w| w.len()).filter(|&n| n > 1).collect();
    println!("{:?}", lens);
    let s = String::from("héllo");
    let up: String = s.chars().rev().collect();
    println!("{} {}", up, s.len());
    'outer: for i in 0..5 {
        for j in 0..5 { if i * j > 6 { break 'outer; } }
    }
    let arr = [1, 2, 3, 4];
    if let [first, .., last] = arr { println!("{} {}", first, last); }
    let t = (1, "two", 3.0);
    let (p, q, r) = t;
    println!("{} {} {}", p, q, r);
    let mut v2: Vec<(String, u32)> = vec![("b".into(), 2), ("a".into(), 1)];
    v2.sort_by_key(|(n, _)| n.clone());
    v2.retain(|(_, c)| *c > 0);
    let opt: Option<u32> = Some(3);
    let doubled = opt.map(|x| x * 2).unwrap_or(0);
    let z = opt.and_then(|x| if x > 2 { Some(x) } else { None }).is_some();
    println!("{} {} {:?}", doubled, z, v2);
    let n = loop { break 42; };
    let c = if n > 40 { 'y' } else { 'n' };
    println!("{}{}", n, c);
    let boxed: Box<i32> = Box::new(5);
    let unboxed = *boxed + 1;
    let r = &unboxed;
    println!("{}", *r + 1);
    let nums = vec![3, 1, 2];
    let max = nums.iter().max().unwrap();
    let sum: i32 = nums.iter().sum();
    let avg = sum as f64 / nums.len() as f64;
    println!("{} {} {:.1}", max, sum, avg);
}
