// lifetimes: scoped threads may borrow locals
use std::thread;

fn main() {
    let data = vec![1, 2, 3];
    let mut total = 0;
    thread::scope(|s| {
        s.spawn(|| {
            total = data.iter().sum::<i32>();
        });
    });
    println!("{}", total);
}
