// a shared reborrow while a mutable reborrow through the same reference is alive
fn pick(x: &mut i32) -> i32 {
    let y = &mut *x;
    let z = &*x;
    *y += 1;
    *z
}
fn main() {
    let mut a = 1;
    println!("{}", pick(&mut a));
}
