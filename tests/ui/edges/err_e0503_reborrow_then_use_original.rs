// a reborrow through `&mut *` is still alive when the original is used
fn main() {
    let mut a = 1;
    let r = &mut a;
    let r2 = &mut *r;
    *r += 1;
    *r2 += 1;
    println!("{}", a);
}
