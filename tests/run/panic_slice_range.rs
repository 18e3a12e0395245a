fn main() {
    let a = [1, 2, 3, 4];
    let n = std::env::args().count();
    println!("{:?}", &a[1..3]);
    println!("{:?}", &a[3..n]);
}
