// borrowing: a method call on the owner while a &mut to it is live
fn main() {
    let mut s = String::from("x");
    let r = &mut s;
    s.push('y');
    r.push('z');
}
