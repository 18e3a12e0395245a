// a reference from `last()` is used after the vector is mutated in the `if let` body
fn main() {
    let mut v = vec![1];
    if let Some(x) = v.last() {
        v.push(2);
        println!("{}", x);
    }
}
