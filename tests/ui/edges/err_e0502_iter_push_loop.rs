// pushing to a vector while iterating over it
fn main() {
    let mut v = vec![1, 2];
    for x in v.iter() {
        if *x > 1 {
            v.push(*x);
        }
    }
    println!("{:?}", v);
}
