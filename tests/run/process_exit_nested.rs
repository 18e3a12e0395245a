use std::process;
struct Noisy;
impl Drop for Noisy { fn drop(&mut self) { println!("never printed"); } }
fn validate(x: i32) -> i32 {
    let _n = Noisy;
    if x > 2 {
        println!("bad value {}", x);
        process::exit(3);
    }
    x * 2
}
fn walk(items: &[i32]) -> i32 {
    items.iter().map(|&x| validate(x)).sum()
}
fn main() {
    let _guard = Noisy;
    println!("sum {}", walk(&[1, 2]));
    print!("partial line ");
    println!("sum {}", walk(&[1, 5, 2]));
}
