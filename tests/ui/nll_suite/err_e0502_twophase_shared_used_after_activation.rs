// the earlier shared borrow is used after the call activates the &mut
fn main() {
    let mut v = vec![1usize];
    let shared = &v;
    v.push(shared.len());
    println!("{}", shared.len());
}
