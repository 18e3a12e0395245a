fn main() {
    let v = vec![1, 2, 3];
    let n = std::env::args().count() + 4;
    println!("{:?}", &v[..n]);
}
