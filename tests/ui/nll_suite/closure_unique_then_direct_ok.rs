// the unique closure borrow ends before the direct use
fn main() {
    let mut n = 1;
    let r = &mut n;
    let mut f = || *r += 1;
    f();
    f();
    *r += 10;
    println!("{}", n);
}
