// borrowing: a getter's reference used after a mutating method
struct Counter { n: u32 }
impl Counter {
    fn get(&self) -> &u32 { &self.n }
    fn inc(&mut self) { self.n += 1; }
}
fn main() {
    let mut c = Counter { n: 0 };
    let g = c.get();
    c.inc();
    println!("{}", g);
}
