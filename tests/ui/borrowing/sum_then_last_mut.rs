// borrowing: an iterator sum, a push and a last_mut in sequence
fn main() {
    let mut v = vec![1, 2, 3];
    let total: i32 = v.iter().sum();
    v.push(total);
    let last = v.last_mut().unwrap();
    *last *= 2;
    println!("{:?}", v);
}
