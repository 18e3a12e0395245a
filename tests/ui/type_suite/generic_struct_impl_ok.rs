#[derive(Debug)]
struct Stack<T> { items: Vec<T> }
impl<T: std::fmt::Debug> Stack<T> {
    fn new() -> Self { Stack { items: Vec::new() } }
    fn push(&mut self, t: T) -> &mut Self { self.items.push(t); self }
    fn peek(&self) -> Option<&T> { self.items.last() }
}
impl Stack<i32> { fn total(&self) -> i32 { self.items.iter().sum() } }
fn main() {
    let mut s = Stack::new();
    s.push(1).push(2).push(3);
    println!("{:?} {} {:?}", s.peek(), s.total(), s);
}
