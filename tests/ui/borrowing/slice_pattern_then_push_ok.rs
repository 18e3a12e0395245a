// borrowing: slice pattern bindings dead before a push
fn main() {
    let mut v = vec![1, 2, 3];
    if let [first, .., last] = v.as_slice() {
        println!("{} {}", first, last);
    }
    v.push(4);
}
