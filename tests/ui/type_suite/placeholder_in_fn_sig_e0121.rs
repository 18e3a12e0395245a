fn double(x: i32) -> _ { x * 2 }
fn main() { println!("{}", double(2)); }
