// Patterns that are exhaustive and constants that stay in range: no lint may fire
#[derive(Debug, Clone, Copy, PartialEq)]
enum Color { Red, Green, Blue }
use Color::*;
struct Point { x: i32, y: i32 }
enum Tree { Leaf(i32), Node(Box<Tree>, Box<Tree>) }
const LIMIT: u32 = 5;

fn depth(t: &Tree) -> u32 {
    match t {
        Tree::Leaf(_) => 1,
        Tree::Node(l, r) => 1 + depth(l).max(depth(r)),
    }
}

fn classify(n: u8) -> &'static str {
    match n {
        0 => "zero",
        1..=9 => "small",
        10.. => "big",
    }
}

fn ends(v: &[i32]) -> i32 {
    match v {
        [] => 0,
        [x] => *x,
        [first, .., last] => first + last,
    }
}

fn shade(c: Color) -> u8 {
    match c {
        Red => 1,
        Green | Blue => 2,
    }
}

fn norm(Point { x, y }: Point) -> i32 { x.abs() + y.abs() }

fn main() {
    let pair = (true, false);
    let v = match pair {
        (true, true) => 3,
        (true, false) => 2,
        (false, _) => 1,
    };
    let p = Point { x: 1, y: -2 };
    let Point { x, y } = p;
    let [a, b] = [1, 2];
    let r = &(4, 5);
    let &(c, d) = r;
    let n = 7u32;
    let kind = match n { LIMIT => "limit", k @ 0..=4 => { let _ = k; "low" } _ => "high" };
    let s = String::from("go");
    let word = match s.as_str() { "go" => 1, _ => 0 };
    let opt = Some(3);
    let val = match &opt { Some(v) => *v, None => 0 };
    let sum: i32 = [(1, 2), (3, 4)].iter().map(|&(p, q)| p + q).sum();
    for (i, ch) in "ab".chars().enumerate() { let _ = (i, ch); }
    let t = Tree::Node(Box::new(Tree::Leaf(1)), Box::new(Tree::Leaf(2)));
    let big: u64 = 4_000_000_000;
    let neg: i8 = -128;
    let m = i32::MAX;
    let shifted = 1u64 << 40;
    println!("{} {} {} {} {} {} {} {} {} {} {} {} {} {} {} {}", v, x, y, a + b, c + d, kind, word, val, sum,
        depth(&t), classify(50), ends(&[1, 2, 3]), shade(Blue), norm(Point { x: 3, y: 4 }), big + (neg as i64 + 200) as u64 + m as u64, shifted);
}
