// borrowing: mem::swap of a variable with itself
fn main() {
    let mut a = 1;
    std::mem::swap(&mut a, &mut a);
}
