// borrowing: pushing a copy of an element, then writing through an index computed from len
fn main() {
    let mut v = vec![1, 2];
    v.push(v[0]);
    let n = v.len();
    v[n - 1] = 0;
    println!("{:?}", v);
}
