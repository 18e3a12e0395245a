// push_str(&s[..]) keeps a shared borrow of s during the call
fn main() {
    let mut s = String::from("ab");
    s.push_str(&s[..1]);
    println!("{}", s);
}
