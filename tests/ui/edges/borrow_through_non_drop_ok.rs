// without Drop on the wrapper, a reborrow through its field may outlive the wrapper
struct Guard<'a> { data: &'a mut Vec<i32> }
fn inner<'a>(g: Guard<'a>) -> &'a mut Vec<i32> {
    &mut *g.data
}
fn main() {
    let mut v = vec![1];
    inner(Guard { data: &mut v }).push(2);
    println!("{:?}", v);
}
