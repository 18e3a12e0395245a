// lifetimes: returning a parameter with an elided lifetime as a named one
fn longest<'a>(x: &'a str, y: &str) -> &'a str { if x.len() > y.len() { x } else { y } }
fn main() { println!("{}", longest("a", "bb")); }
