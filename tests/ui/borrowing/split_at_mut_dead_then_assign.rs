// borrowing: split_at_mut halves dead before the array is assigned
fn main() {
    let mut a = [1, 2, 3];
    let (x, y) = a.split_at_mut(1);
    x[0] += y[0];
    a[2] = 9;
    println!("{:?}", a);
}
