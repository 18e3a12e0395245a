fn main() {
    let v = vec![1, 2, 3, 4];
    let a = std::env::args().count() + 2;
    println!("{:?}", &v[a..2]);
}
