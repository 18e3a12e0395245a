// returning a reference to the argument from a closure with an inferred signature
fn main() {
    let f = |x: &i32| x;
    let n = 3;
    println!("{}", f(&n));
}
