// std impls the model must have: `{:e}` on integers, `Box<[T]>`/`Box<str>` from slices,
// vectors and strings, and `repeat(x).take(n)` is double-ended.
fn main() {
    println!("{:e} {:E} {:e}", 1500i32, 42u64, -7i8);
    let a: Box<[i32]> = Box::from(&[1, 2, 3][..]);
    let b: Box<[i32]> = vec![4, 5].into();
    let c: Box<str> = String::from("owned").into();
    println!("{:?} {:?} {}", a, b, c);
    let v: Vec<i32> = std::iter::repeat(1).take(2).chain(5..7).rev().collect();
    println!("{:?}", v);
}
