// items: statics with interior mutability, consts, modules, trait static fns, impl Iterator, fn paths
use std::sync::atomic::{AtomicUsize, Ordering};
static COUNTER: AtomicUsize = AtomicUsize::new(0);
static GREETING: &str = "hi";
const LIMITS: [u32; 3] = [1, 2, 3];

mod shapes {
    pub struct Circle { pub r: f64 }
    impl Circle {
        pub fn new(r: f64) -> Self { Circle { r } }
        pub fn area(&self) -> f64 { 3.0 * self.r * self.r }
    }
    pub fn unit() -> Circle { Circle::new(1.0) }
}

trait Animal {
    fn new(name: &str) -> Self where Self: Sized;
    fn name(&self) -> String;
    fn greet(&self) -> String { format!("I am {}", self.name()) }
}
struct Cat { n: String }
impl Animal for Cat {
    fn new(name: &str) -> Self { Cat { n: name.to_string() } }
    fn name(&self) -> String { self.n.clone() }
}

fn evens() -> impl Iterator<Item = u32> {
    (0..).step_by(2)
}

fn bump() -> usize {
    COUNTER.fetch_add(1, Ordering::SeqCst) + 1
}

fn main() {
    bump(); bump();
    println!("{} {} {:?}", COUNTER.load(Ordering::SeqCst), GREETING, LIMITS);
    let c = shapes::Circle::new(2.0);
    println!("{} {}", c.area(), shapes::unit().area());
    let cat: Cat = Animal::new("tom");
    let cat2 = Cat::new("felix");
    println!("{} / {}", cat.greet(), cat2.greet());
    let e: Vec<u32> = evens().skip(2).take(3).collect();
    println!("{:?}", e);
    let letters: String = "a1b2c3".chars().filter(char::is_ascii_alphabetic).collect();
    println!("{}", letters);
    let v = 'a' as u8 + 2;
    println!("{}", v as char);
    let r = 'blk: {
        if v > 10 { break 'blk "big"; }
        "small"
    };
    println!("{}", r);
    let mut fs = vec![1.5, -0.5, 3.25];
    fs.sort_by(|a, b| b.partial_cmp(a).unwrap());
    println!("{:?}", fs);
    let total: f64 = fs.iter().sum();
    println!("{:.3} {}", total, total / fs.len() as f64);
    let words = ["apple", "bob"];
    let lens: Vec<(usize, &str)> = words.iter().map(|w| (w.len(), *w)).collect();
    println!("{:?}", lens);
}
