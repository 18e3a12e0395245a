// run: temporary lifetime extension covers `&temp`, `&temp.field`, `&temp[..]` and borrows inside tuples, never a method receiver
struct Noisy(&'static str, Vec<u8>);
impl Drop for Noisy {
    fn drop(&mut self) { println!("drop {}", self.0); }
}
impl Noisy {
    fn label(&self) -> usize { self.0.len() }
}
fn make(s: &'static str) -> Noisy { Noisy(s, vec![1, 2, 3]) }
fn main() {
    let n = &make("receiver").label();
    println!("after receiver let: {}", n);
    let whole = &make("whole");
    println!("after whole let: {}", whole.0);
    let field = &make("field").1;
    println!("after field let: {:?}", field);
    let slice = &make("slice").1[1..];
    println!("after slice let: {:?}", slice);
    let pair = (&make("pair-a"), make("pair-b").label());
    println!("after pair let: {} {}", pair.0 .0, pair.1);
    let block = { &make("block-tail") };
    println!("after block let: {}", block.0);
    println!("end of main");
}
