// moving an element by pattern then using the array
fn main() {
    let arr = [vec![1], vec![2]];
    let [a, _] = arr;
    println!("{:?} {}", a, arr.len());
}
