// lifetimes: an item from an iterator over a captured Vec is live while the Vec is pushed to
fn main() {
    let mut v = vec![1, 2, 3];
    let first = || v.iter().next();
    let f = first();
    v.push(4);
    println!("{:?}", f);
}
