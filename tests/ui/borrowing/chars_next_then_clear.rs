// borrowing: a char copied out of an iterator before clearing the string
fn main() {
    let mut s = String::from("abc");
    let c = s.chars().next();
    s.clear();
    println!("{:?}", c);
}
