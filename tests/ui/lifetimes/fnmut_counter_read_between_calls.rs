// lifetimes: the captured counter is read between two calls of the FnMut closure
fn main() {
    let mut n = 0;
    let mut inc = || { n += 1; n };
    let a = inc();
    println!("{}", n);
    let b = inc();
    println!("{} {}", a, b);
}
