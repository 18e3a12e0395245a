fn sum_all<I: Iterator<Item = u32>>(i: I) -> u32 { i.sum() }
fn main() {
    let v = vec![1i64, 2];
    println!("{}", sum_all(v.into_iter()));
}
