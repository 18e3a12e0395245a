// `&String::new()` is not promoted: it is a reference to a temporary
fn name() -> &'static String {
    &String::new()
}
fn main() {
    println!("{:?}", name());
}
