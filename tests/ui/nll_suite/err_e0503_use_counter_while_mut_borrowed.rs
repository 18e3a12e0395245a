// reading a Copy value while it is mutably borrowed
fn main() {
    let mut n = 1;
    let r = &mut n;
    let copy = n;
    *r += 1;
    println!("{} {}", copy, n);
}
