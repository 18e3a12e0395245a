// returning a mutable borrow from inside a loop, then borrowing again after it (NLL rejects)
fn first_positive(v: &mut Vec<i32>) -> &mut i32 {
    for x in v.iter_mut() {
        if *x > 0 {
            return x;
        }
    }
    v.last_mut().unwrap()
}
fn main() {
    let mut v = vec![-1];
    *first_positive(&mut v) += 5;
    println!("{:?}", v);
}
