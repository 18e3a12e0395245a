// two-phase borrow: user method on &mut self with arguments reading fields of the receiver
struct Counter { n: i32, step: i32 }
impl Counter {
    fn add(&mut self, by: i32) { self.n += by; }
}
fn main() {
    let mut c = Counter { n: 1, step: 5 };
    c.add(c.step * 2);
    c.add(c.n);
    println!("{}", c.n);
}
