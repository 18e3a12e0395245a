// reborrowing through `&mut *` lets the original reference be used afterwards
fn bump(x: &mut i32) { *x += 1; }
fn main() {
    let mut a = 1;
    let r = &mut a;
    bump(&mut *r);
    let r2 = &mut *r;
    *r2 += 10;
    *r += 100;
    println!("{}", a);
}
