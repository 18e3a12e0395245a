// the shadowed reference is still used later through a copy
fn main() {
    let mut v = vec![1, 2];
    let r = &v;
    let keep = r;
    let r = &mut v;
    r.push(3);
    println!("{:?}", keep);
}
