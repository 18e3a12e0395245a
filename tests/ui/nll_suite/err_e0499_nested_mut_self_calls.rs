// nested &mut self calls: the inner call needs &mut while the outer is reserved? no: it is activated later
struct Stack { items: Vec<i32> }
impl Stack {
    fn push(&mut self, x: i32) -> &mut Self { self.items.push(x); self }
    fn take_top(&mut self) -> i32 { self.items.pop().unwrap_or(0) }
}
fn main() {
    let mut s = Stack { items: vec![5] };
    s.push(s.take_top());
    let r = s.push(1);
    r.push(s.take_top());
    println!("{:?}", s.items);
}
