fn main() {
    let v = vec![1, 2, 3];
    let s: Vec<i32> = v.iter().map(|a, b| a + b).collect();
}
