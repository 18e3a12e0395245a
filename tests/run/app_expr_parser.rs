// Tokenizer + recursive-descent parser + evaluator for arithmetic with variables.
use std::collections::HashMap;
use std::fmt;
use std::iter::Peekable;
use std::str::Chars;

#[derive(Debug, Clone, PartialEq)]
enum Token {
    Num(f64),
    Ident(String),
    Op(char),
    LParen,
    RParen,
}

#[derive(Debug)]
enum Expr {
    Num(f64),
    Var(String),
    Neg(Box<Expr>),
    Bin(char, Box<Expr>, Box<Expr>),
}

#[derive(Debug)]
enum CalcError {
    UnexpectedChar(char, usize),
    UnexpectedEnd,
    UnexpectedToken(Token),
    Unknown(String),
    DivZero,
}

impl fmt::Display for CalcError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CalcError::UnexpectedChar(c, at) => write!(f, "unexpected '{}' at {}", c, at),
            CalcError::UnexpectedEnd => write!(f, "unexpected end of input"),
            CalcError::UnexpectedToken(t) => write!(f, "unexpected token {:?}", t),
            CalcError::Unknown(v) => write!(f, "unknown variable `{}`", v),
            CalcError::DivZero => write!(f, "division by zero"),
        }
    }
}

fn number(first: char, chars: &mut Peekable<Chars>) -> f64 {
    let mut s = String::new();
    s.push(first);
    while let Some(&c) = chars.peek() {
        if c.is_ascii_digit() || c == '.' {
            s.push(c);
            chars.next();
        } else {
            break;
        }
    }
    s.parse().unwrap()
}

fn tokenize(src: &str) -> Result<Vec<Token>, CalcError> {
    let mut out = Vec::new();
    let mut chars = src.chars().peekable();
    let mut pos = 0;
    while let Some(c) = chars.next() {
        pos += 1;
        match c {
            ' ' | '\t' => continue,
            '0'..='9' => out.push(Token::Num(number(c, &mut chars))),
            'a'..='z' | 'A'..='Z' | '_' => {
                let mut name = c.to_string();
                while let Some(&n) = chars.peek() {
                    if n.is_alphanumeric() || n == '_' {
                        name.push(n);
                        chars.next();
                    } else {
                        break;
                    }
                }
                out.push(Token::Ident(name));
            }
            '+' | '-' | '*' | '/' | '^' => out.push(Token::Op(c)),
            '(' => out.push(Token::LParen),
            ')' => out.push(Token::RParen),
            other => return Err(CalcError::UnexpectedChar(other, pos)),
        }
    }
    Ok(out)
}

struct Parser {
    tokens: Vec<Token>,
    pos: usize,
}

impl Parser {
    fn peek(&self) -> Option<&Token> {
        self.tokens.get(self.pos)
    }
    fn bump(&mut self) -> Option<Token> {
        let t = self.tokens.get(self.pos).cloned();
        self.pos += 1;
        t
    }
    fn expr(&mut self) -> Result<Expr, CalcError> {
        let mut lhs = self.term()?;
        while let Some(Token::Op(op)) = self.peek() {
            let op = *op;
            if op != '+' && op != '-' {
                break;
            }
            self.bump();
            let rhs = self.term()?;
            lhs = Expr::Bin(op, Box::new(lhs), Box::new(rhs));
        }
        Ok(lhs)
    }
    fn term(&mut self) -> Result<Expr, CalcError> {
        let mut lhs = self.power()?;
        loop {
            match self.peek() {
                Some(Token::Op(op)) if *op == '*' || *op == '/' => {
                    let op = *op;
                    self.bump();
                    let rhs = self.power()?;
                    lhs = Expr::Bin(op, Box::new(lhs), Box::new(rhs));
                }
                _ => return Ok(lhs),
            }
        }
    }
    fn power(&mut self) -> Result<Expr, CalcError> {
        let base = self.unary()?;
        if let Some(Token::Op('^')) = self.peek() {
            self.bump();
            let exp = self.power()?;
            return Ok(Expr::Bin('^', Box::new(base), Box::new(exp)));
        }
        Ok(base)
    }
    fn unary(&mut self) -> Result<Expr, CalcError> {
        match self.bump() {
            Some(Token::Op('-')) => Ok(Expr::Neg(Box::new(self.unary()?))),
            Some(Token::Num(n)) => Ok(Expr::Num(n)),
            Some(Token::Ident(name)) => Ok(Expr::Var(name)),
            Some(Token::LParen) => {
                let e = self.expr()?;
                match self.bump() {
                    Some(Token::RParen) => Ok(e),
                    Some(t) => Err(CalcError::UnexpectedToken(t)),
                    None => Err(CalcError::UnexpectedEnd),
                }
            }
            Some(t) => Err(CalcError::UnexpectedToken(t)),
            None => Err(CalcError::UnexpectedEnd),
        }
    }
}

fn eval(e: &Expr, vars: &HashMap<String, f64>) -> Result<f64, CalcError> {
    Ok(match e {
        Expr::Num(n) => *n,
        Expr::Var(v) => *vars.get(v).ok_or_else(|| CalcError::Unknown(v.clone()))?,
        Expr::Neg(inner) => -eval(inner, vars)?,
        Expr::Bin(op, a, b) => {
            let (x, y) = (eval(a, vars)?, eval(b, vars)?);
            match op {
                '+' => x + y,
                '-' => x - y,
                '*' => x * y,
                '/' if y == 0.0 => return Err(CalcError::DivZero),
                '/' => x / y,
                '^' => x.powf(y),
                _ => unreachable!(),
            }
        }
    })
}

fn depth(e: &Expr) -> usize {
    match e {
        Expr::Num(_) | Expr::Var(_) => 1,
        Expr::Neg(i) => 1 + depth(i),
        Expr::Bin(_, a, b) => 1 + depth(a).max(depth(b)),
    }
}

fn calc(src: &str, vars: &HashMap<String, f64>) -> Result<(f64, usize), CalcError> {
    let tokens = tokenize(src)?;
    let mut p = Parser { tokens, pos: 0 };
    let e = p.expr()?;
    if let Some(t) = p.bump() {
        return Err(CalcError::UnexpectedToken(t));
    }
    Ok((eval(&e, vars)?, depth(&e)))
}

fn main() {
    let mut vars = HashMap::new();
    vars.insert("pi".to_string(), 3.14159);
    vars.insert("x".to_string(), 4.0);
    let inputs = [
        "1 + 2 * 3",
        "(1 + 2) * 3",
        "2 ^ 3 ^ 2",
        "-x * -2.5",
        "pi * x ^ 2",
        "10 / (x - 4)",
        "y + 1",
        "3 $ 4",
        "(1 + 2",
        "1 2",
        "100 / 8 / 5",
    ];
    for src in inputs.iter() {
        match calc(src, &vars) {
            Ok((v, d)) => println!("{:<14} = {:>10.4} (depth {})", src, v, d),
            Err(e) => println!("{:<14} ! {}", src, e),
        }
    }
    println!("{:?}", tokenize("a1+(2.5)").unwrap());
}
