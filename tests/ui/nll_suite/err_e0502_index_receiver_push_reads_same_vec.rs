// two-phase through a field and an index: v[0].push(v[0].len())
fn main() {
    let mut v = vec![vec![1usize]];
    v[0].push(v[0].len());
    let mut s = (Vec::new(), 0usize);
    s.0.push(s.1);
    s.0.push(s.0.len());
    println!("{:?} {:?}", v, s);
}
