// borrowing: a mutable slice pattern binding used after a push
fn main() {
    let mut v = vec![1, 2, 3];
    if let [first, ..] = v.as_mut_slice() {
        *first = 10;
        v.push(4);
        *first = 11;
    }
}
