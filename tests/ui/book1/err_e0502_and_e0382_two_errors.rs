// borrowing + ownership: two separate mistakes in one program
fn consume(v: Vec<i32>) -> usize {
    v.len()
}

fn main() {
    let mut nums = vec![1, 2, 3];
    let first = &nums[0];
    nums.push(4);
    println!("{first}");

    let words = vec![String::from("x")];
    let n = consume(words.iter().map(|w| w.len() as i32).collect());
    let moved = words;
    println!("{n} {:?} {:?}", moved, words);
}
