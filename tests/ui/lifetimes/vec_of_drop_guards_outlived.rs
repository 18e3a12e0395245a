// lifetimes: a vector of Drop values borrowing a dead local is dropped later
struct D<'a>(&'a String);
impl Drop for D<'_> { fn drop(&mut self) {} }
fn main() {
    let mut v: Vec<D> = Vec::new();
    {
        let s = String::from("x");
        v.push(D(&s));
    }
}
