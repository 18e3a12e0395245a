// borrowing: an index write after the last use of an element reference
fn main() {
    let mut v = vec![1, 2, 3];
    let r = &v[1];
    let idx = v.len() - 1;
    println!("{} {}", r, idx);
    v[idx] = 0;
}
