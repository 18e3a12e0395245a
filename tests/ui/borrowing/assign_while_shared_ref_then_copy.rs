// borrowing: assigning a variable while a reference to it is live
fn main() {
    let mut n = 1;
    let r = &n;
    let m = n;
    n += 1;
    println!("{} {}", r, m);
}
