use std::sync::Arc;
fn main() {
    let a = Arc::new(vec![1, 2]);
    a.push(3);
    println!("{:?}", a);
}
