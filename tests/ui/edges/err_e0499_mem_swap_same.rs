// swapping a variable with itself needs two mutable borrows at once
fn main() {
    let mut a = vec![1];
    std::mem::swap(&mut a, &mut a);
    println!("{:?}", a);
}
