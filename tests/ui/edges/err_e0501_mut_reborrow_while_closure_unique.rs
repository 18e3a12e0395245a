// a mutable reborrow through `r` while a closure holding a unique capture of `*r` is alive
fn main() {
    let mut x = 0;
    let r = &mut x;
    let mut add = |k: i32| *r += k;
    let again = &mut *r;
    add(1);
    *again += 1;
    println!("{}", x);
}
