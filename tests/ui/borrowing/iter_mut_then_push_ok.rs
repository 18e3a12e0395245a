// borrowing: an iter_mut loop ends before a push
fn main() {
    let mut v = vec![1, 2, 3];
    for x in v.iter_mut() {
        *x += 1;
    }
    v.push(5);
    println!("{:?}", v);
}
