// a closure capturing a variable that is not yet initialized
fn main() {
    let x: i32;
    let add = |k: i32| x + k;
    println!("{}", add(1));
}
