// borrowing: nested mutable reborrows used in stack order
fn main() {
    let mut x = 1;
    let y = &mut x;
    let z = &mut *y;
    *z += 1;
    *y += 1;
    println!("{}", x);
}
