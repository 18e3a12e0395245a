// reading a Copy variable while a mutable borrow of it is still alive
fn main() {
    let mut n = 5;
    let r = &mut n;
    let copy = n + 1;
    *r += 1;
    println!("{} {}", copy, n);
}
