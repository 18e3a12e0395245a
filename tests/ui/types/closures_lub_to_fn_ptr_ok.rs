fn make(flag: bool) -> impl Fn(i32) -> i32 {
    if flag {
        |x| x + 1
    } else {
        |x| x - 1
    }
}
fn main() {
    println!("{}", make(true)(1));
}
