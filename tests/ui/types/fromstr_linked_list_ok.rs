use std::collections::{BTreeMap, HashSet};
use std::fmt;
use std::str::FromStr;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
struct Point {
    x: i32,
    y: i32,
}

#[derive(Debug)]
struct ParsePointError(String);

impl FromStr for Point {
    type Err = ParsePointError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let mut it = s.split(',');
        let x = it.next().and_then(|v| v.parse().ok()).ok_or_else(|| ParsePointError(s.to_string()))?;
        let y = it.next().and_then(|v| v.parse().ok()).ok_or(ParsePointError(s.to_string()))?;
        Ok(Point { x, y })
    }
}

impl fmt::Display for Point {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "({:>3}, {:<3})", self.x, self.y)
    }
}

struct List<T> {
    head: Option<Box<ListNode<T>>>,
    len: usize,
}

struct ListNode<T> {
    val: T,
    next: Option<Box<ListNode<T>>>,
}

impl<T: fmt::Debug> List<T> {
    fn new() -> Self {
        List { head: None, len: 0 }
    }
    fn push(&mut self, val: T) {
        let old = self.head.take();
        self.head = Some(Box::new(ListNode { val, next: old }));
        self.len += 1;
    }
    fn pop(&mut self) -> Option<T> {
        self.head.take().map(|n| {
            self.head = n.next;
            self.len -= 1;
            n.val
        })
    }
    fn peek(&self) -> Option<&T> {
        self.head.as_ref().map(|n| &n.val)
    }
    fn iter(&self) -> impl Iterator<Item = &T> + '_ {
        let mut cur = self.head.as_deref();
        std::iter::from_fn(move || {
            let n = cur?;
            cur = n.next.as_deref();
            Some(&n.val)
        })
    }
    fn reverse(&mut self) {
        let mut prev: Option<Box<ListNode<T>>> = None;
        let mut cur = self.head.take();
        while let Some(mut n) = cur {
            cur = n.next.take();
            n.next = prev;
            prev = Some(n);
        }
        self.head = prev;
    }
}

trait HasArea {
    const SIDES: u32;
    fn area(&self) -> f64;
    fn sides(&self) -> u32 {
        Self::SIDES
    }
}

struct Tri(f64, f64);

impl HasArea for Tri {
    const SIDES: u32 = 3;
    fn area(&self) -> f64 {
        0.5 * self.0 * self.1
    }
}

trait Convert<T> {
    fn convert(&self) -> T;
}

impl Convert<f64> for Point {
    fn convert(&self) -> f64 {
        ((self.x * self.x + self.y * self.y) as f64).sqrt()
    }
}

impl Convert<String> for Point {
    fn convert(&self) -> String {
        format!("{}:{}", self.x, self.y)
    }
}

fn main() {
    let p: Point = "3,4".parse().unwrap();
    let q = Point::from_str("1,x");
    println!("{} {:?}", p, q);
    let d: f64 = p.convert();
    let s: String = p.convert();
    println!("{} {}", d, s);
    println!("{}", <Point as Convert<String>>::convert(&p));
    let mut l = List::new();
    for i in 1..=4 {
        l.push(i * 10);
    }
    println!("{:?}", l.peek());
    println!("{:?} {}", l.pop(), l.len);
    l.reverse();
    let v: Vec<_> = l.iter().map(|x| x + 1).collect();
    println!("{:?}", v);
    let tri = Tri(3.0, 4.0);
    println!("{} {} {}", tri.area(), tri.sides(), Tri::SIDES);
    let mut set = HashSet::new();
    set.insert(p);
    set.insert(Point { x: 3, y: 4 });
    println!("{}", set.len());
    let mut groups: BTreeMap<String, Vec<Point>> = BTreeMap::new();
    for pt in [p, Point { x: -1, y: 2 }, Point { x: 5, y: 0 }] {
        let key = if pt.x < 0 { "neg" } else { "pos" };
        groups.entry(key.to_string()).or_default().push(pt);
    }
    for (k, pts) in &groups {
        println!("{} {:?}", k, pts.iter().map(|p| p.x).collect::<Vec<_>>());
    }
    let mut a = vec![3, 1, 2];
    let mut b = vec![9];
    std::mem::swap(&mut a, &mut b);
    let old = std::mem::replace(&mut a, vec![0]);
    let taken = std::mem::take(&mut b);
    println!("{:?} {:?} {:?} {:?}", a, b, old, taken);
    let mut sorted = vec![5, 2, 8, 1];
    sorted.sort_unstable_by_key(|&x| std::cmp::Reverse(x));
    println!("{:?} {:?}", sorted, sorted.binary_search_by(|x| 5.cmp(x)));
    for (i, c) in "héllo".char_indices().rev().take(2) {
        print!("{}{} ", i, c);
    }
    println!();
    let xs = [1.5f64, 2.5, 3.0];
    let total: f64 = xs.iter().sum();
    let mean = total / xs.len() as f64;
    println!("{:.2} {:.3}", total, mean);
    let dot: i32 = [1, 2, 3].iter().zip([4, 5, 6].iter()).map(|(a, b)| a * b).sum();
    println!("{}", dot);
    println!("{:?}", [1, 2, 3, 4, 5].chunks_exact(2).map(|c| c[0] + c[1]).collect::<Vec<_>>());
    println!("{:05.1} {:+} {:#x} {:#b} {:e}", 3.14159, 5, 255, 5, 1234.5);
    println!("{:?}", "a-b_c".split(|c: char| c == '-' || c == '_').collect::<Vec<_>>());
}
