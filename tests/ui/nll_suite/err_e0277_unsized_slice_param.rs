// a parameter of type [i32] is unsized
fn sum(v: [i32]) -> i32 { v.iter().sum() }
fn main() {
    println!("{}", sum(*vec![1, 2].as_slice()));
}
