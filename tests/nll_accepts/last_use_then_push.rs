// nll_accepts: a shared borrow ends at its last use, so the vector can grow afterwards
fn main() {
    let mut scores = vec![3, 9, 4];
    let best = scores.iter().max().copied();
    println!("best so far: {:?}", best);
    let first = &scores[0];
    println!("first: {}", first);
    scores.push(12);
    println!("{:?}", scores);
}
