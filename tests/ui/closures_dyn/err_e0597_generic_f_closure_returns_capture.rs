// With `F: Fn(&Vec<i32>) -> &i32` the result borrows the argument, not a capture.
fn pick<F: Fn(&Vec<i32>) -> &i32>(f: F) -> i32 {
    let v = vec![3];
    *f(&v)
}
fn main() {
    let d = 7;
    println!("{}", pick(|_v| &d));
}
