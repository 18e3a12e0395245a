// two-phase also for a reborrow of a `&mut Vec` parameter
fn grow(v: &mut Vec<usize>) {
    v.push(v.len());
    v.push(v[0] + 10);
}
fn main() {
    let mut v = vec![0usize];
    grow(&mut v);
    println!("{:?}", v);
}
