// returning references into a local vector collected into a Vec
fn evens() -> Vec<&'static i32> {
    let nums = vec![1, 2, 3, 4];
    nums.iter().filter(|n| **n % 2 == 0).collect()
}
fn main() {
    println!("{:?}", evens());
}
