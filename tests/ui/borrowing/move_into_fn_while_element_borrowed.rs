// borrowing: moving a vector into a function while an element is borrowed
fn take(v: Vec<i32>) {}
fn main() {
    let v = vec![1];
    let first = &v[0];
    take(v);
    println!("{}", first);
}
