// two-phase borrow does not apply to an explicit `&mut` taken before a mutable argument
fn put(v: &mut Vec<usize>, x: usize) { v.push(x); }
fn len_mut(v: &mut Vec<usize>) -> usize { v.len() }
fn main() {
    let mut v = vec![1];
    let r = &mut v;
    put(r, len_mut(&mut v));
    println!("{:?}", v);
}
