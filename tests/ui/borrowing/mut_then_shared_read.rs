// borrowing: a mutable borrow alive while the owner is borrowed for reading
fn main() {
    let mut text = String::from("abc");
    let m = &mut text;
    let n = text.len();
    m.push('d');
    println!("{}", n);
}
