// a generic parameter is Sized by default
fn show<T: std::fmt::Debug>(t: &T) { println!("{:?}", t); }
fn main() {
    let s: &str = "abc";
    show(s);
}
