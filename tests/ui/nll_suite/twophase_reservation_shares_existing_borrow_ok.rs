// a reservation tolerates an earlier shared borrow used in the arguments
fn main() {
    let mut v = vec![1usize];
    let shared = &v;
    v.push(shared.len());
    println!("{:?}", v);
}
