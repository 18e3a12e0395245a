// a mutable borrow that dies inside each loop iteration is fine
fn main() {
    let mut x = 0;
    let mut total = 0;
    for i in 0..3 {
        let r = &mut x;
        *r += i;
        total += *r;
    }
    println!("{} {}", x, total);
}
