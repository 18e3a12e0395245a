// a slice borrowed from a temporary Vec via a method call on the `let` right-hand side
fn main() {
    let s: &[i32] = vec![1, 2, 3].as_slice();
    println!("{:?}", s);
}
