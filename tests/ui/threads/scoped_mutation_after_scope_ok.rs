use std::thread;
fn main() {
    let mut total = 0;
    let nums = [1, 2, 3];
    thread::scope(|s| {
        s.spawn(|| total = nums.iter().sum());
    });
    total += 1;
    println!("{}", total);
}
