// programs: recursive enum evaluator with Box and ?, a user Iterator with lifetimes, fold into BTreeMap, peekable
#[derive(Debug)]
enum Expr {
    Num(f64),
    Add(Box<Expr>, Box<Expr>),
    Mul(Box<Expr>, Box<Expr>),
    Neg(Box<Expr>),
    Var(String),
}

use Expr::*;

fn eval(e: &Expr, x: f64) -> Result<f64, String> {
    Ok(match e {
        Num(n) => *n,
        Add(a, b) => eval(a, x)? + eval(b, x)?,
        Mul(a, b) => eval(a, x)? * eval(b, x)?,
        Neg(a) => -eval(a, x)?,
        Var(name) if name == "x" => x,
        Var(name) => return Err(format!("unbound {}", name)),
    })
}

fn show(e: &Expr) -> String {
    match e {
        Num(n) => format!("{}", n),
        Add(a, b) => format!("({} + {})", show(a), show(b)),
        Mul(a, b) => format!("{} * {}", show(a), show(b)),
        Neg(a) => format!("-{}", show(a)),
        Var(v) => v.clone(),
    }
}

struct Tokens<'a> {
    src: &'a str,
    pos: usize,
}

impl<'a> Iterator for Tokens<'a> {
    type Item = &'a str;
    fn next(&mut self) -> Option<&'a str> {
        let rest = &self.src[self.pos..];
        let rest_trim = rest.trim_start();
        if rest_trim.is_empty() {
            return None;
        }
        let start = self.pos + (rest.len() - rest_trim.len());
        let len = rest_trim.find(' ').unwrap_or(rest_trim.len());
        self.pos = start + len;
        Some(&self.src[start..start + len])
    }
}

fn main() {
    let e = Add(Box::new(Mul(Box::new(Num(2.0)), Box::new(Var("x".into())))), Box::new(Neg(Box::new(Num(0.5)))));
    println!("{} = {:?}", show(&e), eval(&e, 3.0));
    let bad = Mul(Box::new(Var("y".into())), Box::new(Num(1.0)));
    println!("{} = {:?}", show(&bad), eval(&bad, 1.0));
    println!("{:?}", Neg(Box::new(Num(1.5))));
    let toks: Vec<&str> = Tokens { src: "  let x =  42 ;", pos: 0 }.collect();
    println!("{:?}", toks);
    let counts = Tokens { src: "a bb a ccc bb a", pos: 0 }.fold(std::collections::BTreeMap::new(), |mut m, t| {
        *m.entry(t).or_insert(0) += 1;
        m
    });
    println!("{:?}", counts);
    let mut it = Tokens { src: "one two three", pos: 0 }.peekable();
    while let Some(t) = it.next() {
        match it.peek() {
            Some(n) => print!("{}->{} ", t, n),
            None => println!("{} (last)", t),
        }
    }
}
