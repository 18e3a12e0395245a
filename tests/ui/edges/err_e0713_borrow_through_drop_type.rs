// returning a borrow taken through a field of a value whose type implements Drop
struct Guard<'a> { data: &'a mut Vec<i32> }
impl Drop for Guard<'_> {
    fn drop(&mut self) { self.data.push(0); }
}
fn inner<'a>(g: Guard<'a>) -> &'a mut Vec<i32> {
    &mut *g.data
}
fn main() {
    let mut v = vec![1];
    inner(Guard { data: &mut v }).push(2);
    println!("{:?}", v);
}
