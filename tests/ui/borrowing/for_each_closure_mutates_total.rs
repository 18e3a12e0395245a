// borrowing: a closure passed to for_each mutates a captured total
fn main() {
    let mut total = 0;
    let nums = vec![1, 2, 3];
    nums.iter().for_each(|n| total += n);
    println!("{}", total);
}
