// the closure's borrow ends at its last call
fn main() {
    let mut v = vec![1, 2];
    let mut add = |x: i32| v.push(x);
    add(3);
    add(4);
    for x in v.iter_mut() { *x += 1; }
    println!("{:?}", v);
}
