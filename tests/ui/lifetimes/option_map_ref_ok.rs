// lifetimes: Option::as_ref().map to a &str, then map consuming the Option
fn main() {
    let o = Some(String::from("x"));
    let n = o.as_ref().map(|s| s.as_str()).unwrap_or("none");
    println!("{:?}", n);
    let k = o.map(|s| s.len());
    println!("{:?}", k);
}
