// Two results of `FnMut(&mut Vec<i32>) -> &mut i32` borrow the same vector mutably.
fn main() {
    let mut last: Box<dyn FnMut(&mut Vec<i32>) -> &mut i32> = Box::new(|v| v.last_mut().unwrap());
    let mut v = vec![1, 2];
    let a = last(&mut v);
    let b = last(&mut v);
    *a += 1;
    *b += 1;
}
