// borrowing: a struct holding a &mut is used after the owner is used
struct Holder<'a> { r: &'a mut Vec<i32> }
fn main() {
    let mut v = vec![1];
    let h = Holder { r: &mut v };
    v.push(3);
    h.r.push(2);
}
