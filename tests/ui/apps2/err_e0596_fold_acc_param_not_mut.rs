// mutation: the fold accumulator parameter lost its `mut` (E0596 at its use)
// Iterator pipelines: a custom Iterator, zip/enumerate/windows/chunks/rev/step_by/scan/
// take_while/skip_while/flat_map/peekable/fold, and grouping counts into a BTreeMap.
use std::collections::BTreeMap;

struct Collatz {
    cur: u64,
    done: bool,
}

impl Iterator for Collatz {
    type Item = u64;
    fn next(&mut self) -> Option<u64> {
        if self.done {
            return None;
        }
        let v = self.cur;
        if v == 1 {
            self.done = true;
        } else if v % 2 == 0 {
            self.cur = v / 2;
        } else {
            self.cur = 3 * v + 1;
        }
        Some(v)
    }
}

fn collatz(n: u64) -> Collatz {
    Collatz { cur: n, done: false }
}

fn evens_squared(limit: u32) -> impl Iterator<Item = u32> {
    (0..limit).step_by(2).map(|x| x * x)
}

fn run_lengths(s: &str) -> Vec<(char, usize)> {
    let mut out = Vec::new();
    let mut it = s.chars().peekable();
    while let Some(c) = it.next() {
        let mut n = 1;
        while it.peek() == Some(&c) {
            it.next();
            n += 1;
        }
        out.push((c, n));
    }
    out
}

fn main() {
    let seq: Vec<u64> = collatz(27).collect();
    println!("collatz(27): {} steps, max {}", seq.len() - 1, seq.iter().max().unwrap());
    println!("first 8: {:?}", collatz(6).take(8).collect::<Vec<_>>());
    let longest = (1..30u64).map(|n| (collatz(n).count(), n)).max().unwrap();
    println!("longest under 30: n={} len={}", longest.1, longest.0);

    println!("{:?}", evens_squared(11).collect::<Vec<_>>());

    let temps = [12.5, 14.0, 13.2, 17.8, 19.1, 18.4, 21.0];
    let diffs: Vec<String> = temps.windows(2).map(|w| format!("{:+.1}", w[1] - w[0])).collect();
    println!("diffs {}", diffs.join(" "));
    for (i, chunk) in temps.chunks(3).enumerate() {
        let avg = chunk.iter().sum::<f64>() / chunk.len() as f64;
        println!("chunk {} {:?} avg {:.2}", i, chunk, avg);
    }

    let names = ["ann", "bob", "cy"];
    let ages = [31, 25, 47, 99];
    for (n, a) in names.iter().zip(ages.iter()).rev() {
        print!("{}:{} ", n, a);
    }
    println!();

    let running: Vec<i32> = [3, 1, 4, 1, 5, 9, 2, 6].iter().scan(0, |acc, &x| {
        *acc += x;
        Some(*acc)
    }).collect();
    println!("running {:?}", running);

    let data = [1, 3, 5, 6, 7, 9, 10];
    let odd_prefix: Vec<_> = data.iter().take_while(|x| *x % 2 == 1).collect();
    let after: Vec<_> = data.iter().skip_while(|x| *x % 2 == 1).collect();
    println!("{:?} | {:?}", odd_prefix, after);

    let sentences = ["the quick brown fox", "jumps over the lazy dog", "the end"];
    let words: Vec<&str> = sentences.iter().flat_map(|s| s.split_whitespace()).collect();
    println!("{} words", words.len());
    let mut freq: BTreeMap<&str, usize> = BTreeMap::new();
    for w in &words {
        *freq.entry(w).or_insert(0) += 1;
    }
    let top: Vec<String> = freq.iter().filter(|(_, &c)| c > 1).map(|(w, c)| format!("{}={}", w, c)).collect();
    println!("repeated: {:?}", top);

    let by_len = words.iter().fold(BTreeMap::new(), |m: BTreeMap<usize, Vec<&str>>, w| {
        m.entry(w.len()).or_default().push(w);
        m
    });
    for (len, ws) in &by_len {
        println!("{:>2}: {}", len, ws.join(","));
    }

    println!("{:?}", run_lengths("aaabccddddde"));
    let encoded: String = run_lengths("wwwwbbbw").iter().map(|(c, n)| format!("{}{}", n, c)).collect();
    println!("{}", encoded);

    let (small, big): (Vec<i32>, Vec<i32>) = (1..=10).partition(|x| *x <= 4);
    println!("{:?} {:?}", small, big);
    let pos = data.iter().position(|&x| x > 5);
    let any = data.iter().any(|&x| x == 7);
    let all = data.iter().all(|&x| x > 0);
    println!("{:?} {} {}", pos, any, all);
    let s: i32 = (1..=4).chain(10..12).filter(|n| n % 2 == 0).product();
    println!("product {}", s);
    let last_two: Vec<_> = data.iter().rev().take(2).rev().cloned().collect();
    println!("{:?} min_by_key={:?}", last_two, names.iter().min_by_key(|n| n.len()));
}
