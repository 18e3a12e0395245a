// Box recursion: expression tree evaluator with Result errors and Display
use std::fmt;

#[derive(Debug)]
enum Expr {
    Num(i64),
    Add(Box<Expr>, Box<Expr>),
    Mul(Box<Expr>, Box<Expr>),
    Div(Box<Expr>, Box<Expr>),
    Neg(Box<Expr>),
}

#[derive(Debug, PartialEq)]
enum EvalError {
    DivByZero,
    Overflow,
}

use Expr::*;

fn eval(e: &Expr) -> Result<i64, EvalError> {
    match e {
        Num(n) => Ok(*n),
        Add(a, b) => eval(a)?.checked_add(eval(b)?).ok_or(EvalError::Overflow),
        Mul(a, b) => eval(a)?.checked_mul(eval(b)?).ok_or(EvalError::Overflow),
        Div(a, b) => {
            let d = eval(b)?;
            if d == 0 {
                return Err(EvalError::DivByZero);
            }
            Ok(eval(a)? / d)
        }
        Neg(a) => Ok(-eval(a)?),
    }
}

impl fmt::Display for Expr {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            Num(n) => write!(f, "{}", n),
            Add(a, b) => write!(f, "({} + {})", a, b),
            Mul(a, b) => write!(f, "({} * {})", a, b),
            Div(a, b) => write!(f, "({} / {})", a, b),
            Neg(a) => write!(f, "-{}", a),
        }
    }
}

fn depth(e: &Expr) -> usize {
    match e {
        Num(_) => 1,
        Neg(a) => 1 + depth(a),
        Add(a, b) | Mul(a, b) | Div(a, b) => 1 + depth(a).max(depth(b)),
    }
}

fn num(n: i64) -> Box<Expr> {
    Box::new(Num(n))
}

fn main() {
    let exprs = vec![
        Add(num(2), Box::new(Mul(num(3), num(4)))),
        Div(num(10), Box::new(Add(num(1), Box::new(Neg(num(1)))))),
        Mul(num(i64::MAX), num(2)),
        Neg(Box::new(Div(num(100), num(7)))),
    ];
    for e in &exprs {
        match eval(e) {
            Ok(v) => println!("{} = {} (depth {})", e, v, depth(e)),
            Err(err) => println!("{} fails: {:?}", e, err),
        }
    }
    let ok_count = exprs.iter().filter(|e| eval(e).is_ok()).count();
    println!("{} of {} evaluated", ok_count, exprs.len());
}
