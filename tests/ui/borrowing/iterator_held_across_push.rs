// borrowing: an iterator borrowing a vector is used after a push
fn main() {
    let mut v = vec![1, 2, 3];
    let it = v.iter();
    v.push(4);
    println!("{}", it.count());
}
