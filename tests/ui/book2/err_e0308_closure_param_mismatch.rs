// closures: calling a closure with an argument of the wrong type
fn main() {
    let square = |x: i32| x * x;
    println!("{}", square(4));
    println!("{}", square("5"));
}
