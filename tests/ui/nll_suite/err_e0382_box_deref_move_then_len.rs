// after moving out of *b, b cannot be used
fn main() {
    let b = Box::new(vec![1, 2]);
    let v = *b;
    println!("{} {}", v.len(), b.len());
}
