// returning a reference to a local wrapped in Option
fn pick(n: i32) -> Option<&'static String> {
    let s = format!("{}", n);
    if n > 0 { Some(&s) } else { None }
}
fn main() {
    println!("{:?}", pick(1));
}
