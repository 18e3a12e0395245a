// moving out of an array by pattern (constant positions)
fn main() {
    let arr = [String::from("a"), String::from("b"), String::from("c")];
    let [first, _, last] = arr;
    println!("{} {}", first, last);
}
