// two closures each needing unique access to *r
fn main() {
    let mut n = 1;
    let r = &mut n;
    let mut a = || *r += 1;
    let mut b = || *r += 2;
    a();
    b();
}
