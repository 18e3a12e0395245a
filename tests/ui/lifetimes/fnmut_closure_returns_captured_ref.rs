// lifetimes: an FnMut closure returns a reference to the variable it captured mutably
fn main() {
    let mut v = vec![1];
    let mut c = || { v.push(2); &v };
    let r = c();
    println!("{:?}", r);
}
