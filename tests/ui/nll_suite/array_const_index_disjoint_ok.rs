// constant array indices are still one place for borrowck: this uses a pattern instead
fn main() {
    let mut a = [1, 2, 3];
    let [x, _, z] = &mut a;
    *x += 10;
    *z += 30;
    println!("{:?}", a);
}
