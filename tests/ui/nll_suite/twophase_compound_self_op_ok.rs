// method call chains where the receiver is reborrowed twice in sequence
fn main() {
    let mut s = String::from("ab");
    let n = s.len();
    s.push_str(&n.to_string());
    s.insert(0, s.chars().next().unwrap());
    println!("{}", s);
}
