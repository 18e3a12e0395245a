// a closure assigning to a captured variable that is not declared mutable
fn main() {
    let x = 0;
    let mut set = || x = 1;
    set();
    println!("{}", x);
}
