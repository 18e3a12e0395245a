// borrowing: the value behind a returned reference is copied before mutation
struct Stack { items: Vec<i32> }
impl Stack {
    fn top(&self) -> Option<&i32> { self.items.last() }
    fn push(&mut self, x: i32) { self.items.push(x); }
}
fn main() {
    let mut s = Stack { items: vec![1] };
    let t = s.top().copied();
    s.push(2);
    println!("{:?}", t);
}
