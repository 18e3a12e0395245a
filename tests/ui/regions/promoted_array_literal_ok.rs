// regions: `&[]` and `&[1, 2, 3]` are promoted constants: `'static`, returnable
fn empty<'a>(v: &'a [i32], take: bool) -> &'a [i32] {
    if take { v } else { &[] }
}
fn main() {
    let v = vec![1, 2];
    let r: &'static [u8; 3] = &[1, 2, 3];
    println!("{:?} {:?} {:?}", empty(&v, false), empty(&v, true), r);
}
