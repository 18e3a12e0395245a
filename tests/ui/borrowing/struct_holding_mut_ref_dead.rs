// borrowing: a struct holding a &mut is dead before the owner is used
struct Holder<'a> { r: &'a mut Vec<i32> }
fn main() {
    let mut v = vec![1];
    let h = Holder { r: &mut v };
    h.r.push(2);
    v.push(3);
    println!("{:?}", v);
}
