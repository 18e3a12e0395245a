// borrowing: a reference bound in a match arm is cloned before the push activates
fn main() {
    let mut v = vec![String::from("a")];
    match v.first() {
        Some(s) if s.len() > 5 => v.push(s.clone()),
        _ => v.push(String::from("b")),
    }
    println!("{:?}", v);
}
