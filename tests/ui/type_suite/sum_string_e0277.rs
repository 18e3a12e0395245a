fn main() {
    let words = vec!["a", "b"];
    let s: i32 = words.iter().sum();
}
