// custom Iterator impl with state, generic struct with impl<T: Display>, IntoIterator for &T, chained adaptors
use std::fmt::Display;

struct Fib {
    a: u64,
    b: u64,
}

impl Iterator for Fib {
    type Item = u64;
    fn next(&mut self) -> Option<u64> {
        let r = self.a;
        self.a = self.b;
        self.b = self.b.checked_add(r)?;
        Some(r)
    }
}

struct Log<T> {
    entries: Vec<(u32, T)>,
}

impl<T: Display> Log<T> {
    fn new() -> Self {
        Log { entries: Vec::new() }
    }
    fn add(&mut self, t: u32, v: T) -> &mut Self {
        self.entries.push((t, v));
        self
    }
    fn render(&self) -> String {
        self.entries.iter().map(|(t, v)| format!("@{}:{}", t, v)).collect::<Vec<_>>().join(" ")
    }
}

impl<'a, T> IntoIterator for &'a Log<T> {
    type Item = &'a (u32, T);
    type IntoIter = std::slice::Iter<'a, (u32, T)>;
    fn into_iter(self) -> Self::IntoIter {
        self.entries.iter()
    }
}

fn main() {
    let fibs: Vec<u64> = Fib { a: 0, b: 1 }.take(12).collect();
    println!("{:?}", fibs);
    let even_sum: u64 = Fib { a: 0, b: 1 }.take_while(|&x| x < 4_000_000).filter(|x| x % 2 == 0).sum();
    println!("even fib sum {}", even_sum);
    println!("fib count until overflow {}", Fib { a: 0, b: 1 }.count());
    let big = Fib { a: 0, b: 1 }.skip_while(|&x| x < 1000).next();
    println!("first >= 1000: {:?}", big);

    let mut log = Log::new();
    log.add(1, "boot").add(5, "load").add(9, "ready");
    println!("{}", log.render());
    for (t, msg) in &log {
        if *t > 3 {
            println!("late event {} at {}", msg, t);
        }
    }
    let mut nums: Log<f32> = Log::new();
    nums.add(0, 0.5).add(2, 1.25);
    println!("{}", nums.render());
    let last = (&log).into_iter().last().map(|e| e.1);
    println!("last {:?}", last);
    let (small, large): (Vec<u64>, Vec<u64>) = fibs.iter().partition(|&&x| x < 10);
    println!("small {:?} large {:?}", small, large);
    let s: String = fibs.iter().map(|d| char::from(b'a' + (*d % 26) as u8)).collect();
    println!("{}", s);
}
