// borrowing *r while a closure holds unique access
fn main() {
    let mut n = 1;
    let r = &mut n;
    let mut f = || *r += 1;
    let s = &*r;
    f();
    println!("{}", s);
}
