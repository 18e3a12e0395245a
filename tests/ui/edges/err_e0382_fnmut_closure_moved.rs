// a closure capturing by unique borrow is not Copy: assigning it moves it
fn main() {
    let mut n = 0;
    let mut inc = || n += 1;
    let mut other = inc;
    other();
    inc();
    println!("{}", n);
}
