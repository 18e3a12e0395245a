// borrowing: assigning an array element while split_at_mut halves are live
fn main() {
    let mut a = [1, 2, 3];
    let (x, y) = a.split_at_mut(1);
    a[2] = 9;
    x[0] += y[0];
}
