// closures: a closure whose two parameters share one name
fn main() {
    let pairs = vec![(1, 2), (3, 4)];
    let add = |x: i32, x: i32| x + x;
    let sums: Vec<i32> = pairs.iter().map(|&(a, b)| add(a, b)).collect();
    println!("{:?}", sums);
}
