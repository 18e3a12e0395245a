// unwrap takes self: the Option is moved after the first call
fn main() {
    let o = Some(String::from("a"));
    let a = o.unwrap();
    let b = o.unwrap();
    println!("{} {}", a, b);
}
