// borrowing: reading a variable between two calls of a closure mutating it
fn main() {
    let mut count = 0;
    let mut add = |n| count += n;
    add(1);
    println!("{}", count);
    add(2);
}
