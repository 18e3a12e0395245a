fn main() {
    let mut scores = vec![3, 1, 2];
    let top = &scores[0];
    scores.push(*top);
    println!("{}", top);
}
