// traits and errors: generic structs, Default, ? with From conversion, Box<dyn Error>, assoc consts
use std::collections::HashMap;
use std::fmt;

#[derive(Debug, Default, Clone, PartialEq)]
struct Config {
    name: String,
    retries: u32,
    verbose: bool,
}

#[derive(Debug)]
enum AppError {
    Parse(std::num::ParseIntError),
    Missing(String),
}

impl fmt::Display for AppError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            AppError::Parse(e) => write!(f, "parse error: {}", e),
            AppError::Missing(k) => write!(f, "missing key {}", k),
        }
    }
}

impl From<std::num::ParseIntError> for AppError {
    fn from(e: std::num::ParseIntError) -> Self {
        AppError::Parse(e)
    }
}

struct Stack<T> {
    items: Vec<T>,
}

impl<T: fmt::Debug> Stack<T> {
    const LIMIT: usize = 3;
    fn new() -> Self {
        Stack { items: Vec::new() }
    }
    fn push(&mut self, t: T) -> bool {
        if self.items.len() >= Self::LIMIT {
            return false;
        }
        self.items.push(t);
        true
    }
    fn peek(&self) -> Option<&T> {
        self.items.last()
    }
}

fn lookup(map: &HashMap<String, String>, key: &str) -> Result<u32, AppError> {
    let raw = map.get(key).ok_or_else(|| AppError::Missing(key.to_string()))?;
    let n: u32 = raw.trim().parse()?;
    Ok(n * 2)
}

fn total(values: &[&str]) -> Result<i64, Box<dyn std::error::Error>> {
    let mut sum = 0;
    for v in values {
        sum += v.parse::<i64>()?;
    }
    Ok(sum)
}

fn main() {
    let c = Config::default();
    println!("{:?}", c);
    let c2 = Config { name: "prod".into(), ..c.clone() };
    println!("{:#?}", c2);
    println!("{}", c == c2);
    let mut s: Stack<&str> = Stack::new();
    for w in ["a", "b", "c", "d"] {
        println!("push {} -> {}", w, s.push(w));
    }
    println!("peek {:?} limit {}", s.peek(), Stack::<u8>::LIMIT);
    let mut m = HashMap::new();
    m.insert("port".to_string(), " 80 ".to_string());
    m.insert("bad".to_string(), "8o".to_string());
    for k in ["port", "bad", "host"] {
        match lookup(&m, k) {
            Ok(v) => println!("{} = {}", k, v),
            Err(e) => println!("{} failed: {} / {:?}", k, e, e),
        }
    }
    println!("{:?}", total(&["1", "2", "3"]).unwrap());
    match total(&["1", "x"]) {
        Ok(v) => println!("sum {}", v),
        Err(e) => println!("error: {}", e),
    }
}
