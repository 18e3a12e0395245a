// collecting references to a local into a result type that demands 'static
fn all() -> Vec<&'static i32> {
    let nums = vec![1, 2, 3, 4];
    nums.iter().collect()
}
fn main() {
    println!("{:?}", all());
}
