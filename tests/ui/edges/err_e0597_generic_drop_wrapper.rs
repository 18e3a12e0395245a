// a generic wrapper with a Drop impl holding a reference declared before its referent
struct Wrap<T: std::fmt::Debug>(T);
impl<T: std::fmt::Debug> Drop for Wrap<T> {
    fn drop(&mut self) { println!("{:?}", self.0); }
}
fn main() {
    let w;
    let s = String::from("x");
    w = Wrap(&s);
    println!("{:?}", w.0);
}
