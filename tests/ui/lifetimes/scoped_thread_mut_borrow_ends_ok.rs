// lifetimes: a scoped thread mutably borrows a vector that is used after the scope
fn main() {
    let mut data = vec![1, 2, 3];
    std::thread::scope(|s| {
        s.spawn(|| data.push(4));
    });
    data.push(5);
    println!("{:?}", data);
}
