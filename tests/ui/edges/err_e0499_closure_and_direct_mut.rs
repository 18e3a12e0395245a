// a FnMut closure mutably borrowing a vector while it is pushed to directly
fn main() {
    let mut v = vec![1];
    let mut add = |x| v.push(x);
    v.push(2);
    add(3);
    println!("{:?}", v);
}
