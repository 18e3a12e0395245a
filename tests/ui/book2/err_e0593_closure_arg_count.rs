// closures: a closure taking two arguments passed to map, which gives one
fn main() {
    let v = vec![1, 2, 3];
    let doubled: Vec<i32> = v.iter().map(|a, b| a + b).collect();
    println!("{:?}", doubled);
}
