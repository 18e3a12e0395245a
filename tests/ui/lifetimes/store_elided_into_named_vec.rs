// lifetimes: storing a parameter with an elided lifetime into a vector of 'a references
fn store<'a>(v: &mut Vec<&'a str>, s: &str) { v.push(s); }
fn main() { let mut v = vec![]; store(&mut v, "x"); println!("{:?}", v); }
