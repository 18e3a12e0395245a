fn main() {
    let mut v = vec![2.5, 1.0];
    v.sort();
    println!("{:?}", v);
}
