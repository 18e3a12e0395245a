// lifetimes: storing a parameter with one elided lifetime into a vector with another
fn store(v: &mut Vec<&str>, s: &str) { v.push(s); }
fn main() { let mut v = vec![]; store(&mut v, "x"); println!("{:?}", v); }
