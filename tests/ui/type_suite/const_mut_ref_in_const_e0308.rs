const MAX: u8 = 300u16;
fn main() { println!("{}", MAX); }
