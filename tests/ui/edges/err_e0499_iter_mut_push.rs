// pushing into a vector while a mutable iterator over it is in use
fn main() {
    let mut v = vec![1, 2];
    for x in v.iter_mut() {
        *x += 1;
        if *x == 2 {
            v.push(0);
        }
    }
    println!("{:?}", v);
}
