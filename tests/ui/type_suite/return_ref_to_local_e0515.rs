fn make() -> &'static String {
    let s = String::from("x");
    &s
}
fn main() { println!("{}", make()); }
