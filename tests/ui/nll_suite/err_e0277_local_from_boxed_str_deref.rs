// a local inferred as `str` (moving out of a Box<str>) is unsized
fn main() {
    let boxed: Box<str> = "ab".into();
    let inner = *boxed;
    println!("{}", inner.len());
}
