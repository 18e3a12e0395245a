// the argument keeps a shared borrow that the activated &mut conflicts with
struct Bag { items: Vec<i32> }
impl Bag {
    fn put<'a>(&mut self, _r: &'a i32) {}
}
fn main() {
    let mut b = Bag { items: vec![3] };
    b.put(&b.items[0]);
    println!("{}", b.items.len());
}
