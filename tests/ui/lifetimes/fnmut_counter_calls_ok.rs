// lifetimes: an FnMut counter called twice, then the counter variable read
fn main() {
    let mut n = 0;
    let mut inc = || { n += 1; n };
    let a = inc();
    let b = inc();
    println!("{} {} {}", a, b, n);
}
