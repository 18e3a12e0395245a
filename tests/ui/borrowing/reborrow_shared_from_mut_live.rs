// borrowing: a shared reborrow of a &mut live across a use of the &mut
fn main() {
    let mut v = vec![1];
    let r = &mut v;
    let r2 = &*r;
    r.push(3);
    println!("{:?}", r2);
}
