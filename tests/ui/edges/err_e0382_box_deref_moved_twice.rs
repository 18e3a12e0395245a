// moving out of `*b` twice
fn main() {
    let b = Box::new(vec![1, 2]);
    let v = *b;
    let w = *b;
    println!("{:?} {:?}", v, w);
}
