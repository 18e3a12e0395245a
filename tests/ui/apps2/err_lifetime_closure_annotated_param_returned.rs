// mutation: a closure with an annotated `Vec<&str>` parameter returns it: the parameter lifetime is higher-ranked
// Closures: Fn/FnMut/FnOnce bounds, returning closures (impl Fn and Box<dyn Fn>), a memoizer
// struct generic over its function, counters capturing by mutable reference, and move.
use std::collections::HashMap;

struct Cacher<F: Fn(u64) -> u64> {
    calc: F,
    values: HashMap<u64, u64>,
    misses: u32,
}

impl<F: Fn(u64) -> u64> Cacher<F> {
    fn new(calc: F) -> Self {
        Cacher { calc, values: HashMap::new(), misses: 0 }
    }
    fn value(&mut self, arg: u64) -> u64 {
        if let Some(&v) = self.values.get(&arg) {
            return v;
        }
        self.misses += 1;
        let v = (self.calc)(arg);
        self.values.insert(arg, v);
        v
    }
}

fn make_adder(n: i32) -> impl Fn(i32) -> i32 {
    move |x| x + n
}

fn make_op(name: &str) -> Box<dyn Fn(i32, i32) -> i32> {
    match name {
        "add" => Box::new(|a, b| a + b),
        "mul" => Box::new(|a, b| a * b),
        "pow" => Box::new(|a, b| a.pow(b as u32)),
        other => {
            let msg = other.to_string();
            Box::new(move |_, _| {
                println!("  unknown op {}", msg);
                0
            })
        }
    }
}

fn apply_twice<F: Fn(i32) -> i32>(f: F, x: i32) -> i32 {
    f(f(x))
}

fn call_n<F: FnMut() -> u32>(n: usize, mut f: F) -> Vec<u32> {
    (0..n).map(|_| f()).collect()
}

fn consume<F: FnOnce() -> String>(f: F) -> String {
    f()
}

fn compose<A, B, C>(f: impl Fn(A) -> B, g: impl Fn(B) -> C) -> impl Fn(A) -> C {
    move |x| g(f(x))
}

fn main() {
    let mut slow_square = Cacher::new(|n| {
        let mut acc = 0;
        for _ in 0..n {
            acc += n;
        }
        acc
    });
    for n in [4, 9, 4, 4, 12, 9] {
        print!("{} ", slow_square.value(n));
    }
    println!("misses={}", slow_square.misses);

    let add5 = make_adder(5);
    println!("{} {}", add5(1), apply_twice(&add5, 10));
    println!("{}", apply_twice(|x| x * 3, 7));
    for name in ["add", "mul", "pow", "xor"] {
        let op = make_op(name);
        println!("{} -> {}", name, op(3, 4));
    }

    let mut counter = 0;
    let mut tick = || {
        counter += 2;
        counter
    };
    tick();
    tick();
    println!("counter after ticks = {}", counter);

    let mut fib = (0u32, 1u32);
    let seq = call_n(10, || {
        let r = fib.0;
        fib = (fib.1, fib.0 + fib.1);
        r
    });
    println!("{:?} state={:?}", seq, fib);

    let name = String::from("ferris");
    let greeting = consume(move || format!("hello {}", name));
    println!("{}", greeting);

    let parse_then_double = compose(|s: &str| s.len(), |n: usize| n * 2);
    let shout = compose(|s: &str| s.to_uppercase(), |s: String| s + "!");
    println!("{} {}", parse_then_double("abcd"), shout("hey"));

    let mut log: Vec<String> = Vec::new();
    let mut record = |event: &str| log.push(format!("[{}] {}", log.len(), event));
    record("start");
    record("middle");
    record("end");
    println!("{:?}", log);

    let thresholds = vec![10, 50, 100];
    let classify = |v: i32| thresholds.iter().filter(|&&t| v >= t).count();
    let classes: Vec<usize> = [5, 10, 75, 500].iter().map(|&v| classify(v)).collect();
    println!("{:?} still usable: {:?}", classes, thresholds);

    let mut fns: Vec<Box<dyn FnMut() -> i32>> = Vec::new();
    for k in 1..=3 {
        let mut total = 0;
        fns.push(Box::new(move || {
            total += k;
            total
        }));
    }
    for _ in 0..2 {
        let outs: Vec<i32> = fns.iter_mut().map(|f| f()).collect();
        println!("{:?}", outs);
    }
    let sorted_by = |mut v: Vec<&str>, key: fn(&&str) -> usize| {
        v.sort_by_key(key);
        v
    };
    println!("{:?}", sorted_by(vec!["ccc", "a", "bb"], |s| s.len()));
}
