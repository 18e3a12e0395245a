// a method returning &mut keeps self mutably borrowed
struct Counter { n: Vec<u32> }
impl Counter {
    fn slot(&mut self) -> &mut u32 { &mut self.n[0] }
    fn bump(&mut self) { self.n[0] += 1; }
}
fn main() {
    let mut c = Counter { n: vec![0] };
    let s = c.slot();
    c.bump();
    *s += 1;
    println!("{:?}", c.n);
}
