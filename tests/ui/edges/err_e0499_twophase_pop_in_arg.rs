// the argument mutably borrows the receiver while the push's reservation is pending
fn main() {
    let mut v = vec![1, 2];
    v.push(v.pop().unwrap());
    println!("{:?}", v);
}
