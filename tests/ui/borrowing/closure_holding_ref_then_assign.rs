// borrowing: assigning to a variable a live closure borrows through a reference
fn main() {
    let mut x = 5;
    let r = &x;
    let c = || println!("{}", r);
    x += 1;
    c();
}
