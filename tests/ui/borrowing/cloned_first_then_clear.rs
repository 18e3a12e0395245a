// borrowing: a cloned element survives clearing the vector
fn main() {
    let mut data = vec![1, 2, 3];
    let first = data.first().cloned();
    data.clear();
    println!("{:?}", first);
}
