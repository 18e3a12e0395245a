// `let _ = Guard(..)` drops at once, so the move is fine
struct Guard<'a>(&'a Vec<i32>);
impl Drop for Guard<'_> { fn drop(&mut self) { println!("drop guard"); } }
fn eat(v: Vec<i32>) { println!("eat {}", v.len()); }
fn main() {
    let v = vec![1];
    let _ = Guard(&v);
    eat(v);
}
