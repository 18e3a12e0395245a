// `+ 'a` names 'a only: returning data of 'b through the opaque type is an error
fn pick<'a, 'b>(x: &'a str, y: &'b str) -> impl std::fmt::Display + 'a {
    if x.len() > y.len() { x } else { y }
}
fn main() {
    println!("{}", pick("one", "three"));
}
