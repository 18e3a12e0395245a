// &str for T = &str is fine: T itself is the reference
fn count<T: Clone>(items: &T) -> usize { let _ = items.clone(); 1 }
fn main() {
    let s: &str = "abc";
    let v = vec![1, 2];
    println!("{} {}", count(&s), count(&v));
}
