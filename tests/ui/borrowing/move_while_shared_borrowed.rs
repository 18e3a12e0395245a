// borrowing: moving a vector while a reference to it is used later
fn main() {
    let v = vec![1, 2];
    let r = &v;
    let w = v;
    println!("{:?} {:?}", r, w);
}
