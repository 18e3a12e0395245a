// borrowing: reading a Copy value while it is mutably borrowed
fn main() {
    let mut level = 3;
    let r = &mut level;
    let copy = level;
    *r += 1;
    println!("{} {}", copy, level);
}
