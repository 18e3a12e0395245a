static NAME: &str = 5;
fn main() { println!("{}", NAME); }
