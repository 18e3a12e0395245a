// copying the value out ends the borrow
fn main() {
    let mut v = vec![1, 2, 3];
    let pick = match v.first() {
        Some(&x) => x,
        None => 0,
    };
    v.push(pick);
    println!("{:?}", v);
}
