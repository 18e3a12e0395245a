// a closure borrowing a block-local variable is called after the block
fn main() {
    let f;
    {
        let s = String::from("x");
        f = || s.len();
    }
    println!("{}", f());
}
