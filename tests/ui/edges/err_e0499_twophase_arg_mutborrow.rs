// an argument that mutably borrows the receiver conflicts even under two-phase borrows
fn grow(v: &mut Vec<i32>) -> i32 {
    v.push(0);
    v.len() as i32
}
fn main() {
    let mut v = vec![1];
    v.push(grow(&mut v));
    println!("{:?}", v);
}
