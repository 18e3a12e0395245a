// mutability: a closure increments a captured counter that is not declared mut
fn main() {
    let count = 0;
    let mut inc = || count += 1;
    inc();
    println!("{}", count);
}
