// shadowing, const and static items, const fn, static arrays of &str, loop with break value
static GREETING: &str = "hello";
static PRIMES: [u32; 6] = [2, 3, 5, 7, 11, 13];
const LIMIT: u32 = 50;
const SCALE: f64 = 1.5;

const fn squared(x: u32) -> u32 {
    x * x
}

const BIG: u32 = squared(12);

fn collatz_steps(mut n: u64) -> u32 {
    let mut steps = 0;
    while n != 1 {
        n = if n % 2 == 0 { n / 2 } else { 3 * n + 1 };
        steps += 1;
    }
    steps
}

fn main() {
    let input = "  42  ";
    let input = input.trim();
    let input: u32 = input.parse().unwrap();
    let input = input * 2;
    println!("shadowed input {}", input);

    let x = 5;
    {
        let x = x * 10;
        println!("inner x {}", x);
    }
    println!("outer x {}", x);

    println!("{} world, big={}", GREETING, BIG);
    let small: Vec<u32> = PRIMES.iter().map(|&p| squared(p)).filter(|&s| s < LIMIT).collect();
    println!("small squares {:?}", small);

    let mut counter = 0;
    let found = loop {
        counter += 1;
        if counter * counter > BIG {
            break counter;
        }
    };
    println!("first n with n^2 > {}: {}", BIG, found);

    let best = (1..30u64).max_by_key(|&n| collatz_steps(n)).unwrap();
    println!("longest collatz under 30: {} ({} steps)", best, collatz_steps(best));

    let scaled: Vec<String> = PRIMES.iter().map(|p| format!("{:.1}", *p as f64 * SCALE)).collect();
    println!("scaled {}", scaled.join(","));
    let label = if found % 2 == 0 { "even" } else { "odd" };
    let label = label.to_uppercase();
    println!("{} has {} chars", label, label.len());
}
