// a `let` without initializer assigned on every path, including a diverging one
fn main() {
    let x: i32;
    let n = std::env::args().count();
    if n > 5 {
        x = 1;
    } else if n > 100 {
        panic!("never");
    } else {
        x = 2;
    }
    println!("{}", x);
}
