// borrowing: a shared reborrow of a &mut dead before the &mut is used
fn main() {
    let mut v = vec![1];
    let r = &mut v;
    r.push(2);
    let r2 = &*r;
    println!("{:?}", r2);
    r.push(3);
}
