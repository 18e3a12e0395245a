// two-phase borrow: the argument reads the receiver before the mutable borrow activates
fn main() {
    let mut v = vec![1, 2, 3];
    v.push(v.len());
    let n = v.len();
    v[n - 1] += v[0];
    println!("{:?}", v);
}
