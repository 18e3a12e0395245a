// the right-hand side of an assignment is evaluated before the place it assigns
fn main() {
    let mut v = vec![1, 2];
    *v.last_mut().unwrap() = v.len();
    println!("{:?}", v);
}
