use std::collections::HashMap;
use std::fmt::Debug;
use std::hash::Hash;
use std::ops::{Add, Mul};

fn group_by<T, K, F>(items: Vec<T>, key: F) -> HashMap<K, Vec<T>>
where
    K: Eq + Hash,
    F: Fn(&T) -> K,
{
    let mut m: HashMap<K, Vec<T>> = HashMap::new();
    for it in items {
        m.entry(key(&it)).or_insert_with(Vec::new).push(it);
    }
    m
}

#[derive(Debug, Clone, Copy, PartialEq)]
struct Matrix2 {
    a: [[i64; 2]; 2],
}

impl Mul for Matrix2 {
    type Output = Matrix2;
    fn mul(self, o: Matrix2) -> Matrix2 {
        let mut r = [[0; 2]; 2];
        for i in 0..2 {
            for j in 0..2 {
                for k in 0..2 {
                    r[i][j] += self.a[i][k] * o.a[k][j];
                }
            }
        }
        Matrix2 { a: r }
    }
}

fn power<T: Mul<Output = T> + Copy>(base: T, one: T, mut n: u32) -> T {
    let mut acc = one;
    let mut b = base;
    while n > 0 {
        if n & 1 == 1 {
            acc = acc * b;
        }
        b = b * b;
        n >>= 1;
    }
    acc
}

fn add_all<T>(xs: &[T]) -> T
where
    T: Add<Output = T> + Copy + Default,
{
    xs.iter().copied().fold(T::default(), |a, b| a + b)
}

trait Visitor {
    type Out;
    fn visit_num(&mut self, n: i64) -> Self::Out;
    fn visit_add(&mut self, a: &Expr, b: &Expr) -> Self::Out;
}

enum Expr {
    Num(i64),
    Add(Box<Expr>, Box<Expr>),
}

impl Expr {
    fn accept<V: Visitor>(&self, v: &mut V) -> V::Out {
        match self {
            Expr::Num(n) => v.visit_num(*n),
            Expr::Add(a, b) => v.visit_add(a, b),
        }
    }
}

struct Eval;
impl Visitor for Eval {
    type Out = i64;
    fn visit_num(&mut self, n: i64) -> i64 {
        n
    }
    fn visit_add(&mut self, a: &Expr, b: &Expr) -> i64 {
        a.accept(self) + b.accept(self)
    }
}

struct Printer {
    depth: usize,
}
impl Visitor for Printer {
    type Out = String;
    fn visit_num(&mut self, n: i64) -> String {
        n.to_string()
    }
    fn visit_add(&mut self, a: &Expr, b: &Expr) -> String {
        self.depth += 1;
        let s = format!("({} + {})", a.accept(self), b.accept(self));
        self.depth -= 1;
        s
    }
}

fn debug_all<T: Debug>(xs: impl IntoIterator<Item = T>) -> Vec<String> {
    xs.into_iter().map(|x| format!("{:?}", x)).collect()
}

fn main() {
    let g = group_by(vec!["apple", "avocado", "banana", "cherry", "blueberry"], |s| s.chars().next().unwrap());
    let mut keys: Vec<_> = g.keys().copied().collect();
    keys.sort_unstable();
    for k in keys {
        println!("{} {:?}", k, g[&k]);
    }
    let fib = Matrix2 { a: [[1, 1], [1, 0]] };
    let id = Matrix2 { a: [[1, 0], [0, 1]] };
    println!("{:?}", power(fib, id, 10).a[0][1]);
    println!("{}", power(3u64, 1, 5));
    println!("{} {}", add_all(&[1, 2, 3]), add_all(&[0.5f32, 0.25]));
    let e = Expr::Add(Box::new(Expr::Num(2)), Box::new(Expr::Add(Box::new(Expr::Num(3)), Box::new(Expr::Num(4)))));
    println!("{}", e.accept(&mut Eval));
    let mut p = Printer { depth: 0 };
    println!("{} {}", e.accept(&mut p), p.depth);
    println!("{:?}", debug_all(vec![Some(1), None]));
    println!("{:?}", debug_all(["x", "y"].iter()));
}
