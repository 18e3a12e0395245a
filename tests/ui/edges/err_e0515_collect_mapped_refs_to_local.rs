// returning mapped references into a local vector, collected for a caller's lifetime
fn pick<'a>(_hint: &'a i32) -> Vec<&'a i32> {
    let nums = vec![1, 2, 3, 4];
    nums.iter().map(|n| n).collect()
}
fn main() {
    println!("{:?}", pick(&1));
}
