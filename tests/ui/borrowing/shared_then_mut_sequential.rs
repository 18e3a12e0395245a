// borrowing: shared borrows end before a mutable borrow starts
fn main() {
    let mut s = String::from("hi");
    let r1 = &s;
    let r2 = &s;
    println!("{} {}", r1, r2);
    let r3 = &mut s;
    r3.push('!');
    println!("{}", s);
}
