// borrowing: pushing into one tuple field the length of the other
fn main() {
    let mut pair = (vec![1], vec![2]);
    pair.0.push(pair.1.len() as i32);
    println!("{:?}", pair);
}
