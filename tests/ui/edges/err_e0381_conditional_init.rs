// a `let` without initializer assigned on only one branch
fn main() {
    let x: i32;
    let flag = std::env::args().count() > 5;
    if flag {
        x = 1;
    }
    println!("{}", x);
}
