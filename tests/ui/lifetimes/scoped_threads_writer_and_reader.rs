// lifetimes: one scoped thread pushes to a Vec while another reads it
use std::thread;
fn main() {
    let mut data = vec![1, 2, 3];
    thread::scope(|s| {
        s.spawn(|| data.push(4));
        s.spawn(|| println!("{}", data.len()));
    });
    println!("{:?}", data);
}
