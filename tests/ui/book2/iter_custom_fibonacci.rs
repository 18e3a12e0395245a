// iterators: a custom Iterator impl used with zip, skip, filter, take_while and sum
struct Fib {
    a: u64,
    b: u64,
}

impl Iterator for Fib {
    type Item = u64;

    fn next(&mut self) -> Option<u64> {
        let out = self.a;
        self.a = self.b;
        self.b += out;
        Some(out)
    }
}

struct Countdown(u32);

impl Iterator for Countdown {
    type Item = u32;
    fn next(&mut self) -> Option<Self::Item> {
        if self.0 == 0 {
            None
        } else {
            self.0 -= 1;
            Some(self.0 + 1)
        }
    }
}

fn fib() -> Fib {
    Fib { a: 0, b: 1 }
}

fn main() {
    let first: Vec<u64> = fib().take(10).collect();
    println!("{:?}", first);

    let even_sum: u64 = fib().take_while(|&x| x < 1000).filter(|x| x % 2 == 0).sum();
    println!("even fib sum below 1000: {even_sum}");

    let pairs: Vec<(u32, u64)> = Countdown(5).zip(fib().skip(3)).collect();
    println!("{:?}", pairs);

    let mut cd = Countdown(3);
    while let Some(n) = cd.next() {
        print!("{n}... ");
    }
    println!("liftoff");

    let products: u32 = Countdown(5).product();
    println!("5! = {products}");
    let last = Countdown(4).last();
    let count = Countdown(7).count();
    println!("{:?} {}", last, count);
    let big = fib().position(|x| x > 100);
    println!("first fib above 100 at {:?}", big);
}
