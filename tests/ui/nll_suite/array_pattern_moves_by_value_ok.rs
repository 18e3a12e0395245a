// slice patterns on an owned array move the elements
fn main() {
    let arr = [vec![1], vec![2], vec![3]];
    match arr {
        [a, rest @ ..] => println!("{:?} {:?}", a, rest),
    }
}
