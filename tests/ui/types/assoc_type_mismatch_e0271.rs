fn sum_all<I: Iterator<Item = i32>>(it: I) -> i32 {
    it.sum()
}
fn main() {
    let v = vec![1u8, 2];
    println!("{}", sum_all(v.into_iter()));
}
