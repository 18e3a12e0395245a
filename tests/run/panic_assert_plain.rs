fn main() {
    let v = vec![1, 2, 3];
    assert!(v.len() == 3);
    assert!(v.iter().sum::<i32>() > 10);
}
