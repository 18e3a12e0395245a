// borrowing: a mutable reborrow used after its parent was used
fn main() {
    let mut x = 1;
    let y = &mut x;
    let z = &mut *y;
    *y += 1;
    *z += 1;
}
