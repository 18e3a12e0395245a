// two-phase borrow: arguments reading elements and a tuple field of the receiver
fn main() {
    let mut v = vec![4, 5];
    v.insert(0, v[1] + v.len());
    let mut t = (vec![1], 0);
    t.0.push(t.0.len() + t.1);
    let mut b = Box::new(vec![7]);
    b.push(b.len());
    let r = &mut v;
    r.push(r.len());
    println!("{:?} {:?} {:?}", v, t, b);
}
