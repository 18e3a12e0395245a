// lifetimes: Option::as_ref().map(|s| s.as_str()) is live when the Option is dropped
fn main() {
    let o = Some(String::from("x"));
    let n = o.as_ref().map(|s| s.as_str());
    drop(o);
    println!("{:?}", n);
}
