// two-phase borrow: a shared borrow alive across the activation is rejected
fn main() {
    let mut v = vec![1, 2];
    let first = &v[0];
    v.push(v.len());
    println!("{}", first);
}
