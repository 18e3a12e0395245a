// the implicit Sized bound of a method's own type parameter
struct Printer;
impl Printer {
    fn print<T: std::fmt::Display>(&self, x: &T) { println!("{}", x); }
}
fn main() {
    let s = String::from("abc");
    Printer.print(s.as_str());
}
