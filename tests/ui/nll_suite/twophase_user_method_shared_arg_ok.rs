// two-phase borrow of a user method's &mut self while an argument borrows self shortly
struct Acc { total: i64, hist: Vec<i64> }
impl Acc {
    fn add(&mut self, x: i64) { self.total += x; self.hist.push(x); }
    fn peek(&self) -> i64 { self.total * 2 }
}
fn main() {
    let mut a = Acc { total: 1, hist: Vec::new() };
    a.add(a.peek());
    a.add(a.hist.len() as i64);
    println!("{} {:?}", a.total, a.hist);
}
