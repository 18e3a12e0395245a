// a custom Iterator implementation (Fibonacci with overflow stop) combined with adaptor chains
struct Fib {
    cur: u64,
    next: u64,
}

impl Iterator for Fib {
    type Item = u64;
    fn next(&mut self) -> Option<u64> {
        let out = self.cur;
        let new_next = self.cur.checked_add(self.next)?;
        self.cur = self.next;
        self.next = new_next;
        Some(out)
    }
}

fn fib() -> Fib {
    Fib { cur: 0, next: 1 }
}

struct Countdown<'a> {
    labels: &'a [&'a str],
    left: usize,
}

impl<'a> Iterator for Countdown<'a> {
    type Item = &'a str;
    fn next(&mut self) -> Option<&'a str> {
        if self.left == 0 {
            return None;
        }
        self.left -= 1;
        self.labels.get(self.left).copied()
    }
}

fn main() {
    let first: Vec<u64> = fib().take(12).collect();
    println!("{:?}", first);
    let even_sum: u64 = fib().take_while(|x| *x < 4_000_000).filter(|x| x % 2 == 0).sum();
    println!("even sum below 4M: {}", even_sum);
    println!("terms before overflow: {}", fib().count());
    let big = fib().skip_while(|x| x.to_string().len() < 10).next();
    println!("first with 10 digits: {:?}", big);
    let labels = ["liftoff", "one", "two", "three"];
    let spoken: Vec<&str> = Countdown { labels: &labels, left: labels.len() }.collect();
    println!("{}", spoken.join(", "));
    let pairs: Vec<(u64, &str)> = fib().skip(3).zip(labels.iter().copied()).collect();
    println!("{:?}", pairs);
}
