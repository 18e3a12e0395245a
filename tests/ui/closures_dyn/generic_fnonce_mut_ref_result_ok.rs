// `F: FnOnce(&mut Vec<i32>) -> &mut i32`: the result is a reborrow of the argument.
fn with_last<F: FnOnce(&mut Vec<i32>) -> &mut i32>(v: &mut Vec<i32>, f: F) {
    let slot = f(v);
    *slot += 10;
}
fn main() {
    let mut v = vec![1, 2, 3];
    with_last(&mut v, |v| v.last_mut().unwrap());
    println!("{:?}", v);
}
