// shadowing a reference does not end the old borrow, but it is dead
fn main() {
    let mut v = vec![1, 2];
    let r = &v;
    println!("{}", r.len());
    let r = &mut v;
    r.push(3);
    println!("{:?}", v);
}
