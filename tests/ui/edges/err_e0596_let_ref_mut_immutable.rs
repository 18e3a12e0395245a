// a `ref mut` pattern on an immutable binding's place
fn main() {
    let v = vec![1];
    let ref mut r = v;
    r.push(2);
    println!("{:?}", r);
}
