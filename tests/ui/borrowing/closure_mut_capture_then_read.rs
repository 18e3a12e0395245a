// borrowing: a closure holding a mutable capture is called after the captured value is read
fn main() {
    let mut n = 0;
    let mut inc = || n += 1;
    println!("{}", n);
    inc();
}
