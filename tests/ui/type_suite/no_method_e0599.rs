struct Counter { n: u32 }
fn main() {
    let c = Counter { n: 1 };
    c.increment();
    println!("{}", c.n);
}
