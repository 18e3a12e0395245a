// closures: reading a variable while a closure holding a mutable borrow of it is still used
fn main() {
    let mut score = 0;
    let mut add = |n: i32| score += n;
    add(5);
    println!("score so far {}", score);
    add(7);
    println!("final {}", score);
}
