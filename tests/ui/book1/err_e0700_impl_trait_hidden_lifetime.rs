// traits: an `impl Iterator` result (edition 2021) hides a borrow of the argument it does not name
fn even_squares(nums: &Vec<i32>) -> impl Iterator<Item = i32> {
    nums.iter().filter(|n| *n % 2 == 0).map(|n| n * n)
}

fn main() {
    let nums = vec![1, 2, 3, 4, 5, 6];
    let squares: Vec<i32> = even_squares(&nums).collect();
    println!("{:?}", squares);
}
