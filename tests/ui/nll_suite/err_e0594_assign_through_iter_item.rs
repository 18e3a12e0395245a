// items of iter() are shared references
fn main() {
    let mut v = vec![1, 2];
    for x in v.iter() {
        *x += 1;
    }
    v.push(0);
}
