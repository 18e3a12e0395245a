// a returned reference with no input to borrow from
fn make() -> &str { "x" }
fn main() {
    println!("{}", make());
}
