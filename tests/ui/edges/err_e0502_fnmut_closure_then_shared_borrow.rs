// a shared borrow of a variable while a closure mutating it is still to be called
fn main() {
    let mut count = 0;
    let mut inc = || count += 1;
    let r = &count;
    inc();
    println!("{}", r);
}
