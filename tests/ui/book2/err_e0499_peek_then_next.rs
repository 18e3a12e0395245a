// iterators: keeping the result of peek() while advancing the same Peekable
fn main() {
    let mut it = [1, 2, 3].iter().peekable();
    let upcoming = it.peek();
    let now = it.next();
    println!("{:?} {:?}", upcoming, now);
}
