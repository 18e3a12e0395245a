use std::sync::Arc;
fn main() {
    let a: Arc<str> = Arc::from(String::from("own"));
    let b: Arc<[i32]> = Arc::from(vec![1, 2]);
    let c: Arc<i32> = Arc::from(Box::new(5));
    let d: Arc<String> = Arc::from(String::from("s"));
    println!("{} {:?} {} {} {}", a, b, c, d, a.len() + b.len());
}
