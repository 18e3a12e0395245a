// the shared borrow passed as argument is still used when the mutable borrow activates
fn main() {
    let mut s = String::from("ab");
    s.push_str(&s);
    println!("{}", s);
}
