fn main() {
    let v = [1, 2, 3];
    let (l, r) = v.split_at(1);
    println!("{:?} {:?}", l, r);
    let n = std::env::args().count() + 3;
    let (l, r) = v.split_at(n);
    println!("{:?} {:?}", l, r);
}
