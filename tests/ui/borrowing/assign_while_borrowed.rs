// borrowing: assigning to a variable while a shared borrow of it is alive
fn main() {
    let mut total = 10;
    let view = &total;
    total = 20;
    println!("{} {}", view, total);
}
