// borrowing: a ref mut binding ends before a shared borrow
fn main() {
    let mut x = Some(5);
    if let Some(ref mut y) = x {
        *y += 1;
    }
    let z = &x;
    println!("{:?}", z);
}
