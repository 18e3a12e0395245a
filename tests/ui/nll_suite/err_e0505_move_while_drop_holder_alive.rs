// moving the referent while a Drop holder still exists (dropped at scope end)
struct Guard<'a>(&'a Vec<i32>);
impl Drop for Guard<'_> { fn drop(&mut self) {} }
fn eat(_v: Vec<i32>) {}
fn main() {
    let v = vec![1];
    let _g = Guard(&v);
    eat(v);
}
