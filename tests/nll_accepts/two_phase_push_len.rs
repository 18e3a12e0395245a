// nll_accepts: two-phase borrow: the argument reads the vector before the push activates
fn main() {
    let mut lengths = vec![1usize, 2];
    lengths.push(lengths.len());
    lengths.push(lengths[0] + lengths[1]);
    println!("{:?}", lengths);
}
