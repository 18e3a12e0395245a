// nll_accepts: shadowing a reference does not keep the old borrow alive
fn main() {
    let mut n = 1;
    let r = &n;
    println!("{}", r);
    let r = 5;
    n += r;
    println!("{}", n);
}
