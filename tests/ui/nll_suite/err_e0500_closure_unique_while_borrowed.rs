// a closure needing unique access to `*r` while r is reborrowed
fn main() {
    let mut n = 1;
    let r = &mut n;
    let shared = &*r;
    let mut f = || *r += 1;
    f();
    println!("{}", shared);
}
