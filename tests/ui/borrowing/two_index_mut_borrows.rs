// borrowing: two mutable index borrows of one vector
fn main() {
    let mut list = vec![1, 2];
    let a = &mut list[0];
    let b = &mut list[1];
    *a += *b;
}
