// assigning through a shared reference
fn reset(x: &i32) {
    *x = 0;
}
fn main() {
    let mut a = 3;
    reset(&a);
    println!("{}", a);
}
