// assigning to an element that a live reference points at
fn main() {
    let mut a = [1, 2, 3];
    let r = &a[1];
    a[1] = 5;
    println!("{} {:?}", r, a);
}
