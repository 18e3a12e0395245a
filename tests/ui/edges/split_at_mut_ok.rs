// two mutable borrows of different Vec elements via split_at_mut
fn main() {
    let mut v = vec![1, 2, 3];
    let (left, right) = v.split_at_mut(1);
    left[0] += right[0];
    println!("{:?}", v);
}
