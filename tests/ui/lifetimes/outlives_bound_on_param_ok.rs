// lifetimes: a 'b: 'a bound lets either argument be returned
fn pick<'a, 'b: 'a>(x: &'a str, y: &'b str) -> &'a str { if x < y { x } else { y } }
fn main() { println!("{}", pick("a", "b")); }
