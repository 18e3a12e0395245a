// mutability: assigning through the shared references yielded by iter()
fn main() {
    let mut scores = vec![1, 2, 3];
    for s in scores.iter() {
        *s += 10;
    }
    println!("{:?}", scores);
}
