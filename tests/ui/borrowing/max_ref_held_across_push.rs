// borrowing: a reference from iter().max() is used after a push
fn main() {
    let mut v = vec![1, 2, 3];
    let m = v.iter().max();
    v.push(4);
    println!("{:?}", m);
}
