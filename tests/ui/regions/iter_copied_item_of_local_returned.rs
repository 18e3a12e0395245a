// regions: `next()` on `copied()` over borrows of a local String cannot be returned as 'static
fn make() -> Option<&'static str> {
    let s = String::from("x");
    let v = vec![s.as_str()];
    v.iter().copied().next()
}
fn main() {
    println!("{:?}", make());
}
