// a closure mutably borrowing a Vec while iterating it mutably
fn main() {
    let mut v = vec![1, 2];
    let mut add = |x: i32| v.push(x);
    for x in v.iter_mut() { *x += 1; }
    add(3);
}
