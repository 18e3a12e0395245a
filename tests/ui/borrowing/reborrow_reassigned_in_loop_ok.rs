// borrowing: a &mut reassigned to a reborrow of itself in a loop
fn main() {
    let mut x = 0;
    let mut r = &mut x;
    for _ in 0..3 {
        *r += 1;
        r = &mut *r;
    }
    println!("{}", x);
}
