use std::collections::HashMap;
use std::fmt::Display;
use std::ops::Deref;

struct Tokens<'a> {
    src: &'a str,
    pos: usize,
}

impl<'a> Tokens<'a> {
    fn new(src: &'a str) -> Self {
        Tokens { src, pos: 0 }
    }
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
        let end = rest_trim.find(' ').map(|i| start + i).unwrap_or(self.src.len());
        self.pos = end;
        Some(&self.src[start..end])
    }
}

struct Fib {
    a: u64,
    b: u64,
}

impl Iterator for Fib {
    type Item = u64;
    fn next(&mut self) -> Option<u64> {
        let r = self.a;
        self.a = self.b;
        self.b += r;
        Some(r)
    }
}

struct Meters(u32);

impl Deref for Meters {
    type Target = u32;
    fn deref(&self) -> &u32 {
        &self.0
    }
}

trait Describe {
    fn describe(&self) -> String;
}

impl<T: Display> Describe for T {
    fn describe(&self) -> String {
        format!("<{}>", self)
    }
}

trait Animal {
    fn name(&self) -> String;
    fn noise(&self) -> String;
    fn speak(&self) -> String {
        format!("{} says {}", self.name(), self.noise())
    }
}

trait Pet: Animal {
    fn owner(&self) -> &str;
}

struct Dog {
    owner: String,
}

impl Animal for Dog {
    fn name(&self) -> String {
        "Dog".into()
    }
    fn noise(&self) -> String {
        "woof".into()
    }
}

impl Pet for Dog {
    fn owner(&self) -> &str {
        &self.owner
    }
}

fn intro(p: &dyn Pet) -> String {
    format!("{} (owned by {})", p.speak(), p.owner())
}

struct Registry {
    handlers: HashMap<String, Box<dyn Fn(i32) -> i32>>,
}

impl Registry {
    const LIMIT: usize = 8;
    fn register(&mut self, name: &str, f: impl Fn(i32) -> i32 + 'static) {
        if self.handlers.len() < Self::LIMIT {
            self.handlers.insert(name.to_string(), Box::new(f));
        }
    }
    fn call(&self, name: &str, x: i32) -> Option<i32> {
        self.handlers.get(name).map(|f| f(x))
    }
}

fn longest<'a>(a: &'a str, b: &'a str) -> &'a str {
    if a.len() >= b.len() { a } else { b }
}

fn main() {
    let toks: Vec<&str> = Tokens::new("  let x =  42 ;").collect();
    println!("{:?}", toks);
    let fibs: Vec<u64> = Fib { a: 0, b: 1 }.take_while(|&x| x < 50).collect();
    println!("{:?}", fibs);
    let big = Fib { a: 0, b: 1 }.skip(10).next();
    println!("{:?}", big);
    let m = Meters(5);
    println!("{} {}", *m + 1, m.pow(2));
    println!("{} {}", 5.describe(), "hi".describe());
    let d = Dog { owner: "ann".into() };
    println!("{}", intro(&d));
    let pets: Vec<Box<dyn Pet>> = vec![Box::new(Dog { owner: "bo".into() })];
    for p in pets.iter() {
        println!("{}", p.speak());
    }
    let mut r = Registry { handlers: HashMap::new() };
    r.register("double", |x| x * 2);
    let k = 7;
    r.register("addk", move |x| x + k);
    println!("{:?} {:?} {:?}", r.call("double", 4), r.call("addk", 1), r.call("none", 0));
    let s1 = String::from("long one");
    let res;
    {
        let s2 = "short";
        res = longest(&s1, s2);
    }
    println!("{}", res);
}
