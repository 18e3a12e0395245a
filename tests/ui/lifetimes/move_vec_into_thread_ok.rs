// lifetimes: a vector moved into a spawned thread
fn main() {
    let v = vec![1, 2, 3];
    let handle = std::thread::spawn(move || v.iter().sum::<i32>());
    println!("{}", handle.join().unwrap());
}
