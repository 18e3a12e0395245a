// iterators: adapters take their iterator by value (a Drop-counting user iterator is
// dropped exactly once), by_ref()/&mut it keep it usable, iterators in struct fields and
// boxed, impl Iterator returned from fns, size_of through a type parameter
use std::mem::size_of;

struct Countdown { n: u32, tag: &'static str }
impl Iterator for Countdown {
    type Item = u32;
    fn next(&mut self) -> Option<u32> {
        if self.n == 0 { None } else { self.n -= 1; Some(self.n) }
    }
}
impl Drop for Countdown {
    fn drop(&mut self) { println!("drop {} at {}", self.tag, self.n); }
}

struct Reader<I: Iterator<Item = char>> { src: std::iter::Peekable<I>, line: u32 }
impl<I: Iterator<Item = char>> Reader<I> {
    fn word(&mut self) -> Option<String> {
        while self.src.next_if(|c| c.is_whitespace()).is_some() {}
        let mut w = String::new();
        while let Some(c) = self.src.next_if(|c| !c.is_whitespace()) {
            w.push(c);
        }
        self.line += 1;
        if w.is_empty() { None } else { Some(w) }
    }
}

fn evens(limit: u32) -> impl Iterator<Item = u32> {
    (0..limit).filter(|x| x % 2 == 0).map(|x| x * 10)
}

fn boxed(desc: bool) -> Box<dyn Iterator<Item = i32>> {
    if desc { Box::new((1..=3).rev()) } else { Box::new(vec![7, 8].into_iter()) }
}

fn words_of<T>(n: usize) -> usize {
    (n * size_of::<T>() + 7) / 8
}

fn main() {
    let doubled: Vec<u32> = Countdown { n: 3, tag: "a" }.map(|x| x * 2).collect();
    println!("{:?}", doubled);
    let c = Countdown { n: 5, tag: "b" };
    let firsts: Vec<u32> = c.take(2).collect();
    println!("{:?}", firsts);

    let mut it = Countdown { n: 6, tag: "c" };
    let head: Vec<u32> = it.by_ref().take(2).collect();
    let skipped = (&mut it).skip(1).next();
    println!("{:?} {:?} rest {:?}", head, skipped, it.collect::<Vec<_>>());

    let mut nums = [4, 8, 15, 16, 23, 42].into_iter();
    let small: Vec<i32> = nums.by_ref().take_while(|&x| x < 15).collect();
    println!("{:?} then {:?}", small, nums.next());

    let mut r = Reader { src: "  alpha beta\n gamma ".chars().peekable(), line: 0 };
    while let Some(w) = r.word() {
        print!("{w}|");
    }
    println!(" calls={}", r.line);

    println!("{:?} {:?} {:?}", evens(7).collect::<Vec<_>>(), boxed(true).collect::<Vec<_>>(), boxed(false).sum::<i32>());
    let it2 = evens(20).skip(2).step_by(3);
    println!("{:?}", it2.collect::<Vec<_>>());
    println!("{} {} {}", words_of::<u8>(9), words_of::<(u16, u8)>(3), words_of::<Option<&str>>(2));
    println!("end");
}
