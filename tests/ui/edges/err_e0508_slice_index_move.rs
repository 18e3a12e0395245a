// moving a non-Copy element out of a slice by index
fn first(s: &[String]) -> String {
    let x = s[0];
    x
}
fn main() {
    println!("{}", first(&[String::from("a")]));
}
