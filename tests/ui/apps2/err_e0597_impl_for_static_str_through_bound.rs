// an impl for `&'static str` chosen through a generic bound requires the argument to be 'static
trait Show { fn show(&self); }
impl Show for &'static str { fn show(&self) { println!("{}", self); } }
fn go<T: Show>(t: T) { t.show(); }
fn main() {
    let s = String::from("hi");
    go(s.as_str());
}
