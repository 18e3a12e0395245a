// lifetimes: a scoped thread mutably borrows a vector while a shared reference is live
fn main() {
    let mut data = vec![1, 2, 3];
    let r = &data;
    std::thread::scope(|s| {
        s.spawn(|| data.push(4));
    });
    println!("{:?}", r);
}
