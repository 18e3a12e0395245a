// iter_mut through a shared reference
fn bump(v: &Vec<i32>) {
    for x in v.iter_mut() { *x += 1; }
}
fn main() {
    let v = vec![1];
    bump(&v);
    println!("{:?}", v);
}
