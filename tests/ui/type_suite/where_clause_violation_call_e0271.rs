fn total<I>(it: I) -> u32 where I: Iterator<Item = u32> { it.sum() }
fn main() {
    let v = vec!["a"];
    println!("{}", total(v.into_iter()));
}
