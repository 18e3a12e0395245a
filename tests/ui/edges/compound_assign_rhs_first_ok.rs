// a primitive compound assignment evaluates its right-hand side before the place
fn main() {
    let mut v = vec![1, 2];
    *v.last_mut().unwrap() += v.len();
    println!("{:?}", v);
}
