// a slice of a temporary Vec kept past the statement
fn nums() -> Vec<i32> { vec![1, 2, 3] }
fn main() {
    let s: &[i32] = nums().as_slice();
    println!("{:?}", s);
}
