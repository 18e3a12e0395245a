const MAX: _ = 10;
fn main() { println!("{}", MAX); }
