// difftest seed 3000037 (minimized): a scoped thread borrows a Vec that the scope body then drops
fn main() {
    let ids = vec![3, 38, 16];
    std::thread::scope(|s| {
        s.spawn(|| println!("{}", ids.len()));
        drop(ids);
    });
}
