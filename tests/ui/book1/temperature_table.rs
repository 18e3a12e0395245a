// control flow: for over ranges with step_by, match on tuples, fibonacci with a loop
fn c_to_f(c: f64) -> f64 {
    c * 9.0 / 5.0 + 32.0
}

fn fib(n: u32) -> u64 {
    let (mut a, mut b) = (0u64, 1u64);
    for _ in 0..n {
        let t = a + b;
        a = b;
        b = t;
    }
    a
}

fn classify(t: i32, windy: bool) -> &'static str {
    match (t, windy) {
        (t, _) if t < 0 => "freezing",
        (0..=15, true) => "chilly and windy",
        (0..=15, false) => "chilly",
        (_, true) => "breezy",
        _ => "nice",
    }
}

fn main() {
    for c in (-10..=30).step_by(10) {
        println!("{:>4}C = {:>5.1}F", c, c_to_f(c as f64));
    }
    let fibs: Vec<u64> = (0..10).map(fib).collect();
    println!("{:?}", fibs);
    println!("fib(50) = {}", fib(50));
    for (t, w) in [(-5, false), (10, true), (10, false), (25, true), (25, false)] {
        println!("{t} {w}: {}", classify(t, w));
    }
    let arr = [10, 20, 30];
    let mut idx = 0;
    while idx < arr.len() {
        print!("{} ", arr[idx]);
        idx += 1;
    }
    println!();
}
