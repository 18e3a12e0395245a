// borrowing: a closure reading a vector is called after a push
fn main() {
    let mut v = vec![1, 2, 3];
    let f = |i: usize| v[i];
    v.push(4);
    println!("{}", f(0));
}
