// [first, ..] from a slice cannot move a String out
fn head(v: &[String]) -> String {
    match *v {
        [first, ..] => first,
        [] => String::new(),
    }
}
fn main() {
    println!("{}", head(&[String::from("x")]));
}
