// borrowing: two live mutable borrows of one counter
fn main() {
    let mut count = 0;
    let a = &mut count;
    let b = &mut count;
    *b += 1;
    *a += 1;
    println!("{}", count);
}
