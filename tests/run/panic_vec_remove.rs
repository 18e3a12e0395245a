fn main() {
    let mut v = vec![1, 2, 3];
    println!("{}", v.remove(0));
    v.insert(2, 9);
    println!("{:?}", v);
    println!("{}", v.remove(5));
}
